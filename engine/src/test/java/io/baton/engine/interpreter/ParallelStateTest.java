package io.baton.engine.interpreter;

import static io.baton.engine.testkit.HistoryAssert.assertThatHistory;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.execution.ExecutionStatus;
import io.baton.engine.json.Json;
import io.baton.engine.testkit.ExecutionHarness;
import io.baton.engine.testkit.HarnessExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ParallelStateTest {
  private static final String TASK_AND_FAIL =
      """
      {"StartAt": "Par", "States": {
        "Par": {"Type": "Parallel", %s "End": true,
          "Branches": [
            {"StartAt": "Slow", "States": {"Slow": {"Type": "Task", "TimeoutSeconds": 30,
              "Resource": "arn:aws:states:::lambda:invoke", "End": true}}},
            {"StartAt": "Check", "States": {"Check": {"Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}]},
        "Recover": {"Type": "Pass", "End": true}}}
      """;

  @RegisterExtension final HarnessExtension engine = new HarnessExtension();

  @Test
  void shouldOutputBranchResultsInBranchOrderWhenLaterBranchesFinishFirst() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "Par", "States": {"Par": {"Type": "Parallel", "End": true,
              "Branches": [
                {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 10, "Next": "A"},
                  "A": {"Type": "Pass", "Result": "first", "End": true}}},
                {"StartAt": "B", "States": {"B": {"Type": "Pass", "Parameters": {"got.$": "$.x"},
                  "End": true}}}]}}}
            """);
    h.start("{\"x\": 1}");

    // when
    h.advance(Duration.ofSeconds(10));

    // then
    assertThat(h.output()).isEqualTo(Json.parse("[\"first\", {\"got\": 1}]"));
    assertThatHistory(h)
        .hasTypes(
            "ExecutionStarted",
            "ParallelStateEntered",
            "ParallelStateStarted",
            "WaitStateEntered",
            "PassStateEntered",
            "PassStateExited",
            "WaitStateExited",
            "PassStateEntered",
            "PassStateExited",
            "ParallelStateSucceeded",
            "ParallelStateExited",
            "ExecutionSucceeded");
    assertThat(h.history().get(4).frame()).isEqualTo("1");
  }

  @Test
  void shouldAbortTheOtherBranchesWhenOneFails() {
    // given
    final ExecutionHarness h = engine.harness(TASK_AND_FAIL.formatted(""));
    h.start("{}");
    final Effect.InvokeTask slow = h.task("Slow");
    assertThat(slow.framePath()).isEqualTo("0");

    // when
    final Decision failure = h.fail("Check", "Check.Failed", "no");

    // then
    assertThat(h.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(h.state().error()).contains("Check.Failed");
    assertThat(failure.effects())
        .contains(
            new Effect.CancelTimer("timeout:" + slow.taskId()),
            new Effect.CancelTask(slow.taskId(), "0", slow.resource()));
    // As AWS records it: the cut branch's state is aborted before the Parallel fails.
    assertThatHistory(h)
        .containsTypeSequence(
            "TaskFailed", "TaskStateAborted", "ParallelStateFailed", "ExecutionFailed");
    assertThat(h.onlyDetails("TaskStateAborted")).isEmpty();
    assertThat(h.succeed(slow, "{}").isEmpty()).isTrue();
  }

  @Test
  void shouldGoToTheCatcherWhenABranchFails() {
    // given
    final ExecutionHarness h =
        engine.harness(
            TASK_AND_FAIL.formatted(
                "\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Recover\","
                    + " \"ResultPath\": \"$.error\"}],"));
    h.start("{\"in\": true}");
    final Effect.InvokeTask slow = h.task("Slow");

    // when
    h.fail("Check", "Check.Failed", "no");

    // then
    assertThat(h.output())
        .isEqualTo(
            Json.parse(
                "{\"in\": true, \"error\": {\"Error\": \"Check.Failed\", \"Cause\": \"no\"}}"));
    assertThatHistory(h)
        .containsTypeSequence(
            "TaskFailed",
            "TaskStateAborted",
            "ParallelStateFailed",
            "ParallelStateExited",
            "PassStateEntered");
    assertThat(h.pendingTimers()).isEmpty();
    assertThat(h.succeed(slow, "{}").isEmpty()).isTrue();
  }

  @Test
  void shouldRunEveryBranchAgainWhenTheParallelIsRetried() {
    // given
    final ExecutionHarness h =
        engine.harness(
            TASK_AND_FAIL.formatted(
                "\"Retry\": [{\"ErrorEquals\": [\"States.ALL\"], \"MaxAttempts\": 1,"
                    + " \"IntervalSeconds\": 2}],"));
    h.start("{}");
    h.succeed("Slow", "\"slow\"");
    h.fail("Check", "Check.Failed", "no");

    // when
    h.fireNextTimer();
    h.succeed("Slow", "\"slow again\"");
    h.succeed("Check", "\"checked\"");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("[\"slow again\", \"checked\"]"));
    assertThatHistory(h)
        .hasCount("ParallelStateEntered", 1)
        .hasCount("ParallelStateStarted", 2)
        .hasCount("ParallelStateFailed", 0);
  }

  @Test
  void shouldGiveEveryBranchTheEffectiveInputAndProcessTheResult() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "Par", "States": {"Par": {"Type": "Parallel", "End": true,
              "InputPath": "$.in", "Parameters": {"v.$": "$.v"},
              "ResultSelector": {"both.$": "$"}, "ResultPath": "$.out",
              "Branches": [
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
                {"StartAt": "B", "States": {"B": {"Type": "Pass", "OutputPath": "$.v", "End": true}}}]}}}
            """);

    // when
    h.start("{\"in\": {\"v\": 3}}");

    // then
    assertThat(h.output())
        .isEqualTo(Json.parse("{\"in\": {\"v\": 3}, \"out\": {\"both\": [{\"v\": 3}, 3]}}"));
  }

  @Test
  void shouldSucceedTheBranchWhenItEndsInSucceed() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "Par", "States": {"Par": {"Type": "Parallel", "End": true,
              "Branches": [
                {"StartAt": "S", "States": {"S": {"Type": "Succeed"}}},
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": 2, "End": true}}}]}}}
            """);

    // when
    h.start("1");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("[1, 2]"));
  }
}
