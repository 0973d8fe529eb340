package io.baton.node.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.json.Json;
import io.baton.node.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Three {@code baton serve} JVMs on one PostgreSQL database run executions of every kind (Waits,
 * callback tasks with retries, Parallel and Map, activities); then the oldest node, which holds the
 * shard coordinator and a third of the executions, timers and activity queues, is killed with
 * SIGKILL, or leaves with SIGTERM. Every execution must complete with the right output and a
 * history without a missing or repeated transition, and no durable timer may fire more than 15 s
 * late. Size: {@code -Dbaton.test.failover.executions} (default 150; the figure is 1,000).
 */
class ClusterFailoverIT {
  private static final int EXECUTIONS = Integer.getInteger("baton.test.failover.executions", 150);
  private static final Duration RESUME_BOUND = Duration.ofSeconds(15);
  private static final String ROLE = "arn:aws:iam::123456789012:role/failover";

  @Test
  void shouldCompleteEveryExecutionWhenANodeIsKilled() throws Exception {
    run(true);
  }

  @Test
  void shouldCompleteEveryExecutionWhenANodeLeavesGracefully() throws Exception {
    run(false);
  }

  private void run(boolean crash) throws Exception {
    try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.POSTGRES);
        ClusterFixture cluster = ClusterFixture.start(db, 3, List.of())) {
      // given: executions of every kind in flight on all three nodes
      final String activityArn =
          cluster
              .call(c -> c.createActivity(b -> b.name(FailoverMachines.ACTIVITY_NAME)))
              .activityArn();
      final List<String> machines = new ArrayList<>();
      for (FailoverMachines kind : FailoverMachines.values()) {
        final String definition = kind.definition(activityArn);
        machines.add(
            cluster
                .call(
                    c ->
                        c.createStateMachine(
                            b -> b.name("failover-" + kind).definition(definition).roleArn(ROLE)))
                .stateMachineArn());
      }
      final List<String> runs = startAll(cluster, machines);
      final List<String> callbacks = new ArrayList<>();
      for (int i = 0; i < runs.size(); i++) {
        if (FailoverMachines.of(i) == FailoverMachines.CALLBACK) {
          callbacks.add(runs.get(i));
        }
      }
      final String shards = shardSpread(cluster);
      final Set<String> lostShards = shardsOf(cluster, 0);
      try (OutsideWorld world = new OutsideWorld(cluster, callbacks, activityArn)) {
        // when
        cluster.markGone(0);
        final Instant stoppedAt = Instant.now();
        if (crash) {
          cluster.node(0).kill();
        } else {
          cluster.node(0).terminate(Duration.ofSeconds(60));
        }
        try {
          await()
              .atMost(Duration.ofMinutes(2))
              .pollInterval(Duration.ofSeconds(1))
              .until(() -> running(cluster, machines) == 0);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
          throw new AssertionError("Executions still running:\n" + stuck(cluster, runs), e);
        }
        final Duration drained = Duration.between(stoppedAt, Instant.now());
        world.close();

        // then
        final Report report = new Report(stoppedAt);
        for (int i = 0; i < runs.size(); i++) {
          final String arn = runs.get(i);
          final FailoverMachines kind = FailoverMachines.of(i);
          final DescribeExecutionResponse d =
              cluster.call(c -> c.describeExecution(b -> b.executionArn(arn)));
          assertThat(d.status())
              .as(() -> arn + "\n" + story(OutsideWorld.history(cluster, arn)))
              .isEqualTo(ExecutionStatus.SUCCEEDED);
          assertThat(Json.parse(d.output())).as(arn).isEqualTo(FailoverMachines.expectedOutput(i));
          final List<HistoryEvent> events = OutsideWorld.history(cluster, arn);
          FailoverHistories.assertComplete(arn, kind, events);
          report.add(FailoverHistories.timers(kind, i, events), lostShards.contains(shardOf(arn)));
        }
        assertThat(world.errors()).isZero();
        final String summary =
            (crash ? "kill -9" : "graceful leave")
                + ": "
                + runs.size()
                + " executions on 3 nodes ("
                + shards
                + "); "
                + report.summary()
                + "; all finished "
                + drained.toMillis() / 1000.0
                + " s after the stop";
        System.out.println("FAILOVER " + summary);
        Files.writeString(
            Path.of("target", "failover-" + (crash ? "kill" : "leave") + ".txt"), summary + "\n");
        assertThat(report.lostTimersDue()).as(summary).isPositive();
        assertThat(report.maxLateness()).as(summary).isLessThanOrEqualTo(RESUME_BOUND);
        assertThat(cluster.upMembers(1)).isEqualTo(2);
        if (!crash) {
          assertThat(
                  Files.readString(cluster.node(1).log()) + Files.readString(cluster.node(2).log()))
              .contains("left the cluster (Exiting)");
        }
      }
    }
  }

  /** Starts the executions from a few client threads, round-robin over the nodes. */
  private static List<String> startAll(ClusterFixture cluster, List<String> machines)
      throws Exception {
    final ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      final List<Future<String>> started = new ArrayList<>();
      for (int i = 0; i < EXECUTIONS; i++) {
        final int index = i;
        final String machine = machines.get(FailoverMachines.of(i).ordinal());
        started.add(
            pool.submit(
                () ->
                    cluster
                        .call(
                            c ->
                                c.startExecution(
                                    b ->
                                        b.stateMachineArn(machine)
                                            .name("run-" + index)
                                            .input(FailoverMachines.input(index))))
                        .executionArn()));
      }
      final List<String> arns = new ArrayList<>();
      for (Future<String> f : started) {
        arns.add(f.get());
      }
      return arns;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The histories of the executions that have not ended (at most ten), for a failure message. */
  private static String stuck(ClusterFixture cluster, List<String> runs) {
    final StringBuilder out = new StringBuilder();
    int shown = 0;
    for (String arn : runs) {
      final var d = cluster.call(c -> c.describeExecution(b -> b.executionArn(arn)));
      if (d.status() == ExecutionStatus.RUNNING && shown++ < 10) {
        out.append(arn).append('\n').append(story(OutsideWorld.history(cluster, arn)));
      }
    }
    return out.toString();
  }

  private static String story(List<HistoryEvent> events) {
    final StringBuilder out = new StringBuilder();
    for (HistoryEvent e : events) {
      out.append("  ")
          .append(e.id())
          .append(' ')
          .append(e.timestamp())
          .append(' ')
          .append(e.typeAsString());
      if (e.activityFailedEventDetails() != null) {
        out.append(' ').append(e.activityFailedEventDetails().error());
      }
      if (e.activityTimedOutEventDetails() != null) {
        out.append(' ').append(e.activityTimedOutEventDetails().error());
      }
      if (e.activityStartedEventDetails() != null) {
        out.append(' ').append(e.activityStartedEventDetails().workerName());
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static int running(ClusterFixture cluster, List<String> machines) {
    int count = 0;
    for (String machine : machines) {
      count +=
          cluster
              .call(
                  c ->
                      c.listExecutions(
                          b -> b.stateMachineArn(machine).statusFilter("RUNNING").maxResults(1000)))
              .executions()
              .size();
    }
    return count;
  }

  /** The shard ids of executions that live on node {@code i}. */
  private static Set<String> shardsOf(ClusterFixture cluster, int i) throws Exception {
    final Set<String> out = new HashSet<>();
    final JsonNode regions =
        Json.parse(cluster.node(i).management("/cluster/shards/Execution")).path("regions");
    regions.forEach(r -> out.add(r.path("shardId").asText()));
    return out;
  }

  private static String shardSpread(ClusterFixture cluster) throws Exception {
    final List<String> parts = new ArrayList<>();
    for (int i = 0; i < cluster.size(); i++) {
      parts.add("node " + i + ": " + shardsOf(cluster, i).size() + " execution shards");
    }
    return String.join(", ", parts);
  }

  /** Akka's default shard of an entity id (HashCodeMessageExtractor, 100 shards). */
  private static String shardOf(String entityId) {
    return String.valueOf(Math.abs(entityId.hashCode() % 100));
  }

  /** Timer lateness, overall and for the executions that lived on the stopped node. */
  private static final class Report {
    private final Instant stoppedAt;
    private Duration max = Duration.ZERO;
    private Duration maxLost = Duration.ZERO;
    private int dueAfterStop;
    private int lostDue;

    Report(Instant stoppedAt) {
      this.stoppedAt = stoppedAt;
    }

    void add(List<FailoverHistories.Timer> timers, boolean onLostNode) {
      for (FailoverHistories.Timer t : timers) {
        if (t.lateness().compareTo(max) > 0) {
          max = t.lateness();
        }
        if (t.due().isAfter(stoppedAt)) {
          dueAfterStop++;
          if (onLostNode) {
            lostDue++;
            maxLost = t.lateness().compareTo(maxLost) > 0 ? t.lateness() : maxLost;
          }
        }
      }
    }

    int lostTimersDue() {
      return lostDue;
    }

    Duration maxLateness() {
      return max;
    }

    String summary() {
      return "timers due after the stop: "
          + dueAfterStop
          + " ("
          + lostDue
          + " of executions on the stopped node's shards, latest "
          + maxLost.toMillis() / 1000.0
          + " s late); latest timer overall "
          + max.toMillis() / 1000.0
          + " s late";
    }
  }
}
