package io.baton.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.IdSource;
import io.baton.engine.definition.StateMachineDefinition;
import io.baton.engine.definition.parse.DefinitionParser;
import io.baton.engine.json.Json;
import io.baton.engine.runner.ExecutionResult;
import io.baton.engine.runner.LocalRunner;
import io.baton.engine.runner.TaskOutcome;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StateSnapshotTest {
  private static final IdSource IDS =
      new IdSource() {
        private int n;

        @Override
        public String newUuid() {
          return String.format("00000000-0000-4000-8000-%012d", ++n);
        }

        @Override
        public double nextDouble() {
          return 0.25;
        }
      };

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"ItemsPath\":\"$.items\",\"MaxConcurrency\":2,\"End\":true,"
            + "\"ItemProcessor\":{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\",\"End\":true}}}}}}",
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Assign\":{\"x\":1},\"Next\":\"P\"},\"P\":{\"Type\":\"Parallel\",\"End\":true,\"Branches\":["
            + "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":5,\"End\":true}}},"
            + "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\","
            + "\"Retry\":[{\"ErrorEquals\":[\"States.ALL\"],\"MaxAttempts\":2}],\"End\":true}}}]}}}"
      })
  void shouldRestoreEveryIntermediateStateExactly(String definitionText) {
    // given: a run whose task fails once, then succeeds
    final StateMachineDefinition definition = DefinitionParser.parse(Json.parse(definitionText));
    final int[] calls = {0};
    final LocalRunner runner =
        LocalRunner.virtual(
            task ->
                CompletableFuture.completedFuture(
                    calls[0]++ == 0
                        ? TaskOutcome.failure("Boom", "first call")
                        : TaskOutcome.success(task.parameters())),
            IDS);
    final ExecutionResult result =
        runner.run(
            definition,
            new ExecutionInfo(
                "arn:aws:states:us-east-1:1:execution:m:e",
                "e",
                "arn:aws:states:us-east-1:1:stateMachine:m",
                "m",
                "arn:aws:iam::1:role/r",
                Json.parse("{\"items\":[1,2,3]}"),
                Instant.parse("2026-01-01T00:00:00Z"),
                0));
    final List<HistoryEvent> history = result.history();
    // when: the state after every event is written and read back, then the rest is replayed
    for (int cut = 0; cut <= history.size(); cut++) {
      final ExecutionState live = new ExecutionState(definition);
      history.subList(0, cut).forEach(live::apply);
      final ExecutionState restored =
          StateSnapshot.restore(definition, Json.parse(Json.write(StateSnapshot.write(live))));
      // then
      assertThat(restored).isEqualTo(live);
      history.subList(cut, history.size()).forEach(restored::apply);
      assertThat(restored).isEqualTo(result.finalState());
    }
  }
}
