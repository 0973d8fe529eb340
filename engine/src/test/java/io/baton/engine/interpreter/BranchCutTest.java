package io.baton.engine.interpreter;

import static io.baton.engine.testkit.HistoryAssert.assertThatHistory;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.execution.ExecutionStatus;
import io.baton.engine.testkit.ExecutionHarness;
import io.baton.engine.testkit.HarnessExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A failing branch or iteration cuts its siblings. As measured on AWS, each cut branch records the
 * aborted event of the state it was in (and a Map iteration MapIterationAborted before it), ahead
 * of the failing iteration's MapIterationFailed and of the state's own failed event; an execution
 * that ends as a whole records none.
 */
class BranchCutTest {
  private static final String LAMBDA = "arn:aws:states:::lambda:invoke";

  @RegisterExtension final HarnessExtension engine = new HarnessExtension();

  /** A Parallel whose last branch waits 1 s and then fails; the others are given. */
  private ExecutionHarness parallel(String... branches) {
    return engine.harness(
        """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [%s,
          {"StartAt": "Pause", "States": {
            "Pause": {"Type": "Wait", "Seconds": 1, "Next": "Boom"},
            "Boom": {"Type": "Fail", "Error": "Boom", "Cause": "sibling failed"}}}]}}}
        """
            .formatted(String.join(",", branches)));
  }

  private static String branch(String state) {
    return "{\"StartAt\": \"S\", \"States\": {\"S\": " + state + "}}";
  }

  private static String task() {
    return "{\"Type\": \"Task\", \"Resource\": \"" + LAMBDA + "\", \"End\": true}";
  }

  private static String longWait() {
    return "{\"Type\": \"Wait\", \"Seconds\": 60, \"End\": true}";
  }

  @Test
  void shouldRecordEachCutBranchInTheStateItWasInBeforeTheParallelFails() {
    // given
    final ExecutionHarness h =
        parallel(
            branch(task()),
            branch(longWait()),
            branch(
                "{\"Type\": \"Parallel\", \"End\": true, \"Branches\": [" + branch(task()) + "]}"),
            branch(
                "{\"Type\": \"Map\", \"End\": true, \"ItemProcessor\": " + branch(task()) + "}"));
    h.start("[1]");
    assertThat(h.openTasks()).hasSize(3);

    // when
    h.fireNextTimer();

    // then
    assertThat(h.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThatHistory(h)
        .containsTypeSequence(
            "FailStateEntered",
            "TaskStateAborted",
            "WaitStateAborted",
            "ParallelStateAborted",
            "MapStateAborted",
            "ParallelStateFailed",
            "ExecutionFailed")
        // Nothing is recorded for what ran inside the cut Parallel and Map.
        .hasCount("TaskStateAborted", 1)
        .doesNotContainType("MapIterationAborted");
    assertThat(h.details("WaitStateAborted").get(0)).isEmpty();
    assertThat(h.pendingTimers()).isEmpty();
    assertThat(h.openTasks()).isEmpty();
    assertThat(h.effects(Effect.CancelTask.class)).hasSize(3);
  }

  @Test
  void shouldRecordNothingForABranchThatAlreadyFinished() {
    // given
    final ExecutionHarness h = parallel(branch("{\"Type\": \"Pass\", \"End\": true}"));
    h.start("{}");

    // when
    h.fireNextTimer();

    // then
    assertThatHistory(h)
        .containsTypeSequence("FailStateEntered", "ParallelStateFailed", "ExecutionFailed")
        .doesNotContainType("PassStateAborted");
  }

  @Test
  void shouldRecordACutIterationAndItsStateBeforeTheFailingIteration() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "ItemProcessor": {
              "StartAt": "Route", "States": {
                "Route": {"Type": "Choice", "Default": "Long",
                  "Choices": [{"Variable": "$", "StringEquals": "fail", "Next": "Boom"}]},
                "Long": {"Type": "Wait", "Seconds": 60, "End": true},
                "Boom": {"Type": "Fail", "Error": "Boom"}}}}}}
            """);

    // when
    h.start("[\"wait\", \"fail\"]");

    // then
    assertThatHistory(h)
        .containsTypeSequence(
            "FailStateEntered",
            "MapIterationAborted",
            "WaitStateAborted",
            "MapIterationFailed",
            "MapStateFailed",
            "ExecutionFailed");
    assertThat(h.onlyDetails("MapIterationAborted").path("index").asInt()).isZero();
    assertThat(h.onlyDetails("MapIterationFailed").path("index").asInt()).isEqualTo(1);
    assertThat(h.pendingTimers()).isEmpty();
  }

  @Test
  void shouldCutRunningIterationsWhenTheMapFailsByItself() {
    // given: the second item's selector fails while the first iteration waits
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "M", "QueryLanguage": "JSONata", "States": {"M": {"Type": "Map",
              "End": true, "Items": "{% $states.input %}",
              "ItemSelector": {"v": "{% $states.context.Map.Item.Value.v %}"},
              "ItemProcessor": {"StartAt": "Long", "States": {
                "Long": {"Type": "Wait", "Seconds": 60, "End": true}}}}}}
            """);

    // when
    h.start("[{\"v\": 1}, {\"other\": 2}]");

    // then
    assertThat(h.state().error()).contains("States.QueryEvaluationError");
    assertThatHistory(h)
        .containsTypeSequence(
            "WaitStateEntered",
            "EvaluationFailed",
            "MapIterationAborted",
            "WaitStateAborted",
            "MapStateFailed",
            "ExecutionFailed")
        .doesNotContainType("MapIterationFailed");
    assertThat(h.pendingTimers()).isEmpty();
  }

  @Test
  void shouldRecordNoAbortedEventsWhenARuntimeErrorEndsTheExecution() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
              {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 60, "End": true}}},
              {"StartAt": "Bad", "States": {"Bad": {"Type": "Pass",
                "Parameters": {"x.$": "$.missing"}, "End": true}}}]}}}
            """);

    // when
    h.start("{}");

    // then
    assertThat(h.state().error()).contains("States.Runtime");
    assertThatHistory(h)
        .containsTypeSequence("PassStateEntered", "ExecutionFailed")
        .doesNotContainType("WaitStateAborted")
        .doesNotContainType("ParallelStateFailed");
    assertThat(h.pendingTimers()).isEmpty();
  }

  @Test
  void shouldRecordNoAbortedEventsWhenTheExecutionTimesOut() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "P", "TimeoutSeconds": 5, "States": {"P": {"Type": "Parallel",
              "End": true, "Branches": [
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s",
                  "End": true}}}]}}}
            """
                .formatted(LAMBDA));
    h.start("{}");
    final Effect.InvokeTask task = h.task("T");

    // when
    final Decision timeout = h.fireTimer("execution-timeout");

    // then
    assertThatHistory(h).containsTypeSequence("TaskStarted", "ExecutionTimedOut");
    assertThat(timeout.effects()).contains(new Effect.CancelTask(task.taskId(), "0", LAMBDA));
  }

  @Test
  void shouldStopTheRunningChildrenWhenADistributedMapFails() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "ItemProcessor": {
              "ProcessorConfig": {"Mode": "DISTRIBUTED"},
              "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}
            """);
    h.start("[1, 2, 3]");
    final List<Effect.StartChildExecution> children = h.openChildren();

    // when
    final Decision failure = h.failChild(children.get(1), "E", "broke");

    // then
    assertThat(failure.effects())
        .filteredOn(Effect.StopChildExecution.class::isInstance)
        .containsExactly(
            new Effect.StopChildExecution("", 0, children.get(0).executionName()),
            new Effect.StopChildExecution("", 2, children.get(2).executionName()));
    // Children are executions of their own: the parent records only the Map Run's failure.
    assertThatHistory(h)
        .containsTypeSequence("MapRunFailed", "MapStateFailed", "ExecutionFailed")
        .doesNotContainType("MapIterationAborted");
  }

  @Test
  void shouldWithdrawATaskThatTimedOut() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "T", "States": {"T": {"Type": "Task", "TimeoutSeconds": 5,
              "Resource": "arn:aws:states:us-east-1:123456789012:activity:work", "End": true}}}
            """);
    h.start("{}");
    final Effect.InvokeTask task = h.task("T");

    // when
    final Decision timedOut = h.fireNextTimer();

    // then
    assertThatHistory(h).containsTypeSequence("ActivityTimedOut", "ExecutionFailed");
    assertThat(timedOut.effects())
        .contains(new Effect.CancelTask(task.taskId(), "", task.resource()));
  }
}
