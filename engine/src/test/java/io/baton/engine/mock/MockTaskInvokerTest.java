package io.baton.engine.mock;

import static io.baton.engine.testkit.HistoryAssert.assertThatHistory;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.definition.StateMachineDefinition;
import io.baton.engine.definition.parse.DefinitionParser;
import io.baton.engine.execution.ExecutionStatus;
import io.baton.engine.json.Json;
import io.baton.engine.runner.ExecutionResult;
import io.baton.engine.runner.LocalRunner;
import io.baton.engine.runner.TaskOutcome;
import io.baton.engine.testkit.FakeClock;
import io.baton.engine.testkit.Invariants;
import io.baton.engine.testkit.SeededIds;
import io.baton.engine.testkit.TestExecutions;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class MockTaskInvokerTest {
  private static final String MOCKS =
      """
      {"StateMachines": {"Machine": {"TestCases": {
         "Happy": {"T": "Ok"},
         "Flaky": {"T": "FailTwiceThenOk"},
         "Short": {"T": "OnlyOnce"},
         "PerItem": {"T": "Sequence"}}}},
       "MockedResponses": {
         "Ok": {"0": {"Return": {"ok": true}}},
         "FailTwiceThenOk": {
           "0-1": {"Throw": {"Error": "Lambda.TooManyRequestsException", "Cause": "busy"}},
           "2": {"Return": {"ok": "third time"}}},
         "OnlyOnce": {"0": {"Return": 1}},
         "Sequence": {"0": {"Return": "a"}, "1-2": {"Return": "b or c"}, "3": {"Throw": {}}}}}
      """;
  private static final String RETRYING_TASK =
      """
      {"StartAt": "T", "States": {"T": {"Type": "Task",
        "Resource": "arn:aws:states:::lambda:invoke", "End": true,
        "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 1, "MaxAttempts": 3}]}}}
      """;

  private static ExecutionResult run(String definition, String testCase, String input) {
    final MockConfig config = MockConfig.parse(Json.parse(MOCKS));
    final MockTaskInvoker invoker =
        new MockTaskInvoker(
            config.testCase("Machine", testCase).orElseThrow(),
            task -> CompletableFuture.completedFuture(TaskOutcome.success(Json.parse("\"real\""))));
    final StateMachineDefinition machine = DefinitionParser.parse(Json.parse(definition));
    final ExecutionResult result =
        LocalRunner.virtual(invoker, SeededIds.of(3))
            .run(machine, TestExecutions.info("run", Json.parse(input), FakeClock.DEFAULT_START));
    Invariants.replayEqualsLive(machine, result.history(), result.finalState());
    return result;
  }

  @Test
  void shouldReturnTheMockedValueWhenTheTestCaseNamesTheState() {
    // when
    final ExecutionResult result = run(RETRYING_TASK, "Happy", "{}");

    // then
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.output()).contains(Json.parse("{\"ok\": true}"));
  }

  @Test
  void shouldThrowForARangeOfInvocationsAndCountRetries() {
    // when
    final ExecutionResult result = run(RETRYING_TASK, "Flaky", "{}");

    // then
    assertThat(result.output()).contains(Json.parse("{\"ok\": \"third time\"}"));
    assertThatHistory(result.history())
        .hasCount("TaskFailed", 2)
        .hasCount("TaskScheduled", 3)
        .containsTypeSequence("TaskSucceeded", "TaskStateExited", "ExecutionSucceeded");
    assertThat(result.visibleHistory().get(result.visibleHistory().size() - 1).timestamp())
        .isEqualTo(FakeClock.DEFAULT_START.plusSeconds(3));
  }

  @Test
  void shouldFailTheTaskWhenNoResponseCoversTheInvocation() {
    // when: the only Task state runs twice through a loop
    final ExecutionResult result =
        run(
            """
            {"StartAt": "T", "States": {
              "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Loop"},
              "Loop": {"Type": "Choice", "Choices": [
                {"Variable": "$", "NumericEquals": 1, "Next": "T"}], "Default": "Done"},
              "Done": {"Type": "Succeed"}}}
            """,
            "Short",
            "{}");

    // then
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).contains("States.TaskFailed");
    assertThat(result.cause()).contains("No mocked response for invocation 1 of state 'T'");
  }

  @Test
  void shouldCountInvocationsPerStateAcrossMapIterations() {
    // given
    final String map =
        """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "MaxConcurrency": 1, "End": true,
          "ItemProcessor": {"StartAt": "T", "States": {"T": {"Type": "Task",
            "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}}}}
        """;

    // when
    final ExecutionResult result = run(map, "PerItem", "[10, 20, 30, 40]");

    // then
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).contains("States.TaskFailed");
    assertThat(result.visibleHistory().stream().filter(e -> e.type().equals("TaskSucceeded")))
        .extracting(e -> e.details().path("output").asText())
        .containsExactly("a", "b or c", "b or c");
  }

  @Test
  void shouldUseTheFallbackForStatesTheTestCaseDoesNotName() {
    // given
    final String other =
        """
        {"StartAt": "Unmocked", "States": {"Unmocked": {"Type": "Task",
          "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}
        """;

    // when
    final ExecutionResult result = run(other, "Happy", "{}");

    // then
    assertThat(result.output()).contains(Json.parse("\"real\""));
  }
}
