package io.baton.node.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import akka.actor.typed.ActorRef;
import akka.actor.typed.javadsl.AskPattern;
import akka.cluster.sharding.ShardRegion;
import akka.cluster.sharding.typed.GetShardRegionState;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import io.baton.engine.execution.HistoryEvent;
import io.baton.node.bootstrap.RunningNode;
import io.baton.node.service.BatonService;
import io.baton.node.service.ServiceModel.CreateStateMachine;
import io.baton.node.service.ServiceModel.Execution;
import io.baton.node.service.ServiceModel.ExecutionStatus;
import io.baton.node.service.ServiceModel.HistoryRequest;
import io.baton.node.service.ServiceModel.MachineType;
import io.baton.node.service.ServiceModel.StartExecution;
import io.baton.node.testing.TestDatabase;
import io.baton.node.testing.TestNodes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An ended execution leaves memory soon after its end ({@code passivate-ended-after}), and every
 * read still answers afterwards, from the journal.
 */
class EndedPassivationIT {
  private static final String ROLE = "arn:aws:iam::123456789012:role/baton";
  private static final String PASS =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":{\"ok\":true},"
          + "\"Next\":\"C\"},\"C\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.ok\","
          + "\"BooleanEquals\":true,\"Next\":\"Done\"}]},\"Done\":{\"Type\":\"Succeed\"}}}";

  @Test
  void shouldLetGoOfAnEndedExecutionAndStillAnswerForIt() throws Exception {
    try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.H2)) {
      final Map<String, Object> settings = TestNodes.settings(db);
      settings.put("baton.executions.passivate-ended-after", "200ms");
      try (RunningNode node = TestNodes.start(settings)) {
        // given: an execution that ended
        final BatonService service = node.service();
        final String machine =
            join(service.createStateMachine(
                    new CreateStateMachine(
                        "passivate", PASS, ROLE, MachineType.STANDARD, Map.of())))
                .arn();
        final String arn =
            join(service.startExecution(
                    new StartExecution(machine, Optional.empty(), "{}", Optional.empty())))
                .executionArn();
        assertThat(join(service.awaitExecution(arn, Optional.empty())).status())
            .isEqualTo(ExecutionStatus.SUCCEEDED);

        // when: it has left memory
        await().atMost(Duration.ofSeconds(10)).until(() -> !liveEntities(node).contains(arn));

        // then: describe, await and history bring it back from the journal
        final Execution described = join(service.describeExecution(arn));
        assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(described.output()).contains("{\"ok\":true}");
        assertThat(join(service.awaitExecution(arn, Optional.of(Duration.ofSeconds(5)))).status())
            .isEqualTo(ExecutionStatus.SUCCEEDED);
        final List<HistoryEvent> history =
            join(service.getExecutionHistory(
                    new HistoryRequest(arn, 100, false, true, Optional.empty())))
                .items();
        assertThat(history)
            .extracting(HistoryEvent::type)
            .containsExactly(
                "ExecutionStarted",
                "PassStateEntered",
                "PassStateExited",
                "ChoiceStateEntered",
                "ChoiceStateExited",
                "SucceedStateEntered",
                "SucceedStateExited",
                "ExecutionSucceeded");
        // ... and the read itself lets go again.
        await().atMost(Duration.ofSeconds(10)).until(() -> !liveEntities(node).contains(arn));
      }
    }
  }

  /** The execution entities this node holds in memory right now. */
  private static Set<String> liveEntities(RunningNode node) {
    final ActorRef<akka.cluster.sharding.typed.ClusterShardingQuery> query =
        ClusterSharding.get(node.system()).shardState();
    final CompletionStage<ShardRegion.CurrentShardRegionState> state =
        AskPattern.ask(
            query,
            replyTo -> new GetShardRegionState(ExecutionEntity.TYPE_KEY, replyTo),
            Duration.ofSeconds(5),
            node.system().scheduler());
    return join(state).getShards().stream()
        .flatMap(shard -> shard.getEntityIds().stream())
        .collect(Collectors.toSet());
  }

  private static <T> T join(CompletionStage<T> stage) {
    return stage.toCompletableFuture().join();
  }
}
