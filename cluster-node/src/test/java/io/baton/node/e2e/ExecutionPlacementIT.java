package io.baton.node.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.baton.node.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Two {@code baton serve} JVMs on PostgreSQL: an execution started without a name runs on the node
 * that received StartExecution, so the start and its awaits stay on that node. Named executions
 * keep the name asked for and go wherever sharding puts it.
 */
class ExecutionPlacementIT {
  private static final String ROLE = "arn:aws:iam::123456789012:role/placement";
  private static final String DEFINITION =
      "{\"StartAt\":\"Done\",\"States\":{\"Done\":{\"Type\":\"Pass\",\"End\":true}}}";
  private static final int STARTS_PER_NODE = 50;

  @Test
  void shouldRunAnUnnamedExecutionOnTheNodeThatStartedIt() throws Exception {
    try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.POSTGRES);
        ClusterFixture cluster = ClusterFixture.start(db, 2, List.of())) {
      final String machine =
          cluster
              .call(
                  c ->
                      c.createStateMachine(
                          b -> b.name("placement").definition(DEFINITION).roleArn(ROLE)))
              .stateMachineArn();
      // Named starts spread over every shard, so that sharding has placed (nearly) all of them and
      // each node has had time (placement-refresh, 2 s) to learn which ones the other hosts.
      int named = 0;
      while (cluster.executionShardOwners().size() < 98 && named < 3000) {
        for (int i = 0; i < 100; i++, named++) {
          final String name = "named-" + named;
          final SfnClient client = cluster.clientOf(named % 2);
          assertThat(
                  client.startExecution(b -> b.stateMachineArn(machine).name(name)).executionArn())
              .endsWith(":" + name);
        }
      }
      final Map<String, Integer> owners = cluster.executionShardOwners();
      assertThat(owners.values()).contains(0, 1);
      Thread.sleep(3_000);

      for (int node = 0; node < 2; node++) {
        int local = 0;
        for (int i = 0; i < STARTS_PER_NODE; i++) {
          final String arn =
              cluster.clientOf(node).startExecution(b -> b.stateMachineArn(machine)).executionArn();
          final String shard = FailoverScenario.shardOf(arn);
          await()
              .atMost(Duration.ofSeconds(10))
              .until(() -> cluster.executionShardOwners().containsKey(shard));
          if (cluster.executionShardOwners().get(shard) == node) {
            local++;
          }
        }
        // A random name would land on the other node half of the time; a miss here can only be a
        // shard no node hosted yet that sharding then gave to the other node.
        assertThat(local)
            .as("unnamed executions started on node %d that run there", node)
            .isGreaterThanOrEqualTo(STARTS_PER_NODE - 5);
      }
    }
  }
}
