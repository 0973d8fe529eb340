package io.baton.node.entity;

import static io.baton.node.entity.ExecutionLifecycleContract.ROLE;
import static io.baton.node.entity.ExecutionLifecycleContract.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import akka.actor.typed.javadsl.AskPattern;
import akka.cluster.sharding.ShardRegion;
import akka.cluster.sharding.typed.GetShardRegionState;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import io.baton.node.bootstrap.RunningNode;
import io.baton.node.service.BatonService;
import io.baton.node.service.ServiceModel.CreateStateMachine;
import io.baton.node.service.ServiceModel.ExecutionStatus;
import io.baton.node.service.ServiceModel.MachineType;
import io.baton.node.service.ServiceModel.StartExecution;
import io.baton.node.testing.TestDatabase;
import io.baton.node.testing.TestNodes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;

/**
 * Many executions parked in a long Wait on one node: idle entities passivate, so memory stays
 * bounded, and a restart loses none of them; a short-Wait variant shows timers firing after the
 * restart. The count is {@code -Dbaton.test.parked} (10,000 by default).
 */
class ParkedExecutionsIT {
  private static final int COUNT = Integer.getInteger("baton.test.parked", 10_000);
  private static final int SHORT = 200;

  @Test
  void shouldPassivateParkedExecutionsAndKeepThemAcrossARestart() throws Exception {
    try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.H2)) {
      final Map<String, Object> settings = TestNodes.settings(db);
      settings.put(
          "akka.cluster.sharding.passivation.default-idle-strategy.idle-entity.timeout", "3s");
      final List<String> longWaits = new ArrayList<>();
      final List<String> shortWaits = new ArrayList<>();
      try (RunningNode node = TestNodes.start(settings)) {
        final BatonService service = node.service();
        final String hour = machine(service, "park-hour", 3600);
        final String soon = machine(service, "park-soon", 8);
        // given
        startAll(service, hour, COUNT, longWaits);
        startAll(service, soon, SHORT, shortWaits);
        // when: they sit idle
        await().atMost(Duration.ofSeconds(60)).until(() -> liveEntities(node) < 50);
        System.gc();
        final long usedMb =
            (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        System.out.printf(
            "parked %d executions; heap used after passivation: %d MB%n", COUNT, usedMb);
        // then
        assertThat(usedMb).as("heap used with %d parked executions", COUNT).isLessThan(400);
      }
      try (RunningNode restarted = TestNodes.start(TestNodes.settings(db))) {
        final BatonService service = restarted.service();
        for (String arn : sample(longWaits)) {
          assertThat(join(service.describeExecution(arn)).status())
              .isEqualTo(ExecutionStatus.RUNNING);
        }
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    shortWaits.stream()
                        .allMatch(
                            arn ->
                                join(service.describeExecution(arn)).status()
                                    == ExecutionStatus.SUCCEEDED));
      }
    }
  }

  private static void startAll(BatonService service, String machine, int n, List<String> out) {
    final Semaphore inFlight = new Semaphore(64);
    final List<CompletableFuture<String>> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      inFlight.acquireUninterruptibly();
      final CompletionStage<String> started =
          service
              .startExecution(
                  new StartExecution(
                      machine, Optional.empty(), "{\"i\":" + i + "}", Optional.empty()))
              .thenApply(s -> s.executionArn());
      all.add(started.whenComplete((a, e) -> inFlight.release()).toCompletableFuture());
    }
    all.forEach(f -> out.add(f.join()));
  }

  private static List<String> sample(List<String> arns) {
    final List<String> sample = new ArrayList<>();
    for (int i = 0; i < arns.size(); i += Math.max(1, arns.size() / 50)) {
      sample.add(arns.get(i));
    }
    return sample;
  }

  private static String machine(BatonService service, String name, int seconds) {
    return join(service.createStateMachine(
            new CreateStateMachine(
                name,
                "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":"
                    + seconds
                    + ",\"End\":true}}}",
                ROLE,
                MachineType.STANDARD,
                Map.of())))
        .arn();
  }

  private static int liveEntities(RunningNode node) {
    final ShardRegion.CurrentShardRegionState state =
        AskPattern
            .<akka.cluster.sharding.typed.ClusterShardingQuery, ShardRegion.CurrentShardRegionState>
                ask(
                    ClusterSharding.get(node.system()).shardState(),
                    replyTo -> new GetShardRegionState(ExecutionEntity.TYPE_KEY, replyTo),
                    Duration.ofSeconds(5),
                    node.system().scheduler())
            .toCompletableFuture()
            .join();
    int live = 0;
    for (ShardRegion.ShardState shard : state.getShards()) {
      live += shard.getEntityIds().size();
    }
    return live;
  }
}
