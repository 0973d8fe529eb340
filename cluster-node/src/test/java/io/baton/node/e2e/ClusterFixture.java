package io.baton.node.e2e;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.json.Json;
import io.baton.node.testing.TestDatabase;
import io.baton.node.testing.TestNodes;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.SfnException;

/**
 * A cluster of real {@code baton serve} JVMs on 127.0.0.1 sharing one database, each on free ports,
 * joined through the first two as seed nodes. Calls go round-robin to the nodes still up and move
 * on to the next one when a node does not answer, as a load balancer would.
 */
final class ClusterFixture implements AutoCloseable {
  private static final Duration CALL_DEADLINE = Duration.ofSeconds(90);

  private final List<NodeProcess> nodes = new ArrayList<>();
  private final List<SfnClient> clients = new ArrayList<>();
  private final Set<Integer> gone = ConcurrentHashMap.newKeySet();
  private final AtomicInteger next = new AtomicInteger();

  private ClusterFixture() {}

  /** Starts {@code size} nodes side by side and waits until every one is an Up member. */
  static ClusterFixture start(TestDatabase db, int size, List<String> properties) throws Exception {
    final ClusterFixture cluster = new ClusterFixture();
    try {
      final List<Integer> ports = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        ports.add(TestNodes.freeListenPort());
      }
      final String seeds =
          "127.0.0.1:" + ports.get(0) + (size > 1 ? ",127.0.0.1:" + ports.get(1) : "");
      for (int i = 0; i < size; i++) {
        final NodeProcess node =
            new NodeProcess(db, ports.get(i))
                .withProperty("baton.cluster.seed-nodes", seeds)
                .withProperty("baton.aws-api.activity-poll-timeout", "5s");
        properties.forEach(p -> node.withProperty(p.split("=", 2)[0], p.split("=", 2)[1]));
        cluster.nodes.add(node);
        cluster.clients.add(client(node));
      }
      for (NodeProcess node : cluster.nodes) {
        node.launch();
      }
      for (NodeProcess node : cluster.nodes) {
        node.awaitAnswering();
        node.awaitReady(Duration.ofSeconds(90));
      }
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(250))
          .until(() -> cluster.upMembers(0) == size);
      return cluster;
    } catch (Exception | Error e) {
      cluster.close();
      throw e;
    }
  }

  NodeProcess node(int i) {
    return nodes.get(i);
  }

  int size() {
    return nodes.size();
  }

  /** The AWS API client of node {@code i} alone. */
  SfnClient clientOf(int i) {
    return clients.get(i);
  }

  /** Which node hosts each execution shard now (shard id to node index). */
  Map<String, Integer> executionShardOwners() throws Exception {
    final Map<String, Integer> owners = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      final JsonNode regions =
          Json.parse(nodes.get(i).management("/cluster/shards/Execution")).path("regions");
      final int node = i;
      regions.forEach(r -> owners.put(r.path("shardId").asText(), node));
    }
    return owners;
  }

  /** Stops sending calls to node {@code i} (before it is killed or told to leave). */
  void markGone(int i) {
    gone.add(i);
  }

  /** How many members node {@code i} sees as Up. */
  int upMembers(int i) {
    try {
      final String members = nodes.get(i).management("/cluster/members");
      return members.split("\"status\":\"Up\"", -1).length - 1;
    } catch (Exception e) {
      return -1;
    }
  }

  /**
   * Runs a call on the next live node, and on the next one again while nodes do not answer (a
   * connection refused, a 5xx, a throttle), for up to {@link #CALL_DEADLINE}.
   */
  <T> T call(Function<SfnClient, T> call) {
    final Instant deadline = Instant.now().plus(CALL_DEADLINE);
    RuntimeException last = null;
    while (Instant.now().isBefore(deadline)) {
      final int i = Math.floorMod(next.getAndIncrement(), nodes.size());
      if (gone.contains(i)) {
        continue;
      }
      try {
        return call.apply(clients.get(i));
      } catch (SdkClientException e) {
        last = e;
      } catch (SfnException e) {
        if (e.statusCode() < 500 && e.statusCode() != 429) {
          throw e;
        }
        last = e;
      }
      pause();
    }
    throw new IllegalStateException("No node answered within " + CALL_DEADLINE, last);
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static SfnClient client(NodeProcess node) {
    return SfnClient.builder()
        .endpointOverride(URI.create(node.endpoint()))
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClient(
            UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(2))
                .socketTimeout(Duration.ofSeconds(30))
                .build())
        .overrideConfiguration(o -> o.retryPolicy(r -> r.numRetries(0)))
        .build();
  }

  @Override
  public void close() {
    clients.forEach(SfnClient::close);
    for (NodeProcess node : nodes) {
      try {
        node.kill();
      } catch (Exception e) {
        // Keep stopping the others.
      }
    }
  }
}
