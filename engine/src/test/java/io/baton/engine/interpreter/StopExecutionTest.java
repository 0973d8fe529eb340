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
 * StopExecution in each kind of state that waits. AWS records only ExecutionAborted after the
 * events already written (a stop during a Wait reads WaitStateEntered, ExecutionAborted), so no
 * state gets an aborted event; what the open states waited on is released as effects.
 */
class StopExecutionTest {
  private static final String LAMBDA = "arn:aws:states:::lambda:invoke";
  private static final String ACTIVITY = "arn:aws:states:us-east-1:123456789012:activity:work";

  @RegisterExtension final HarnessExtension engine = new HarnessExtension();

  @Test
  void shouldRecordOnlyExecutionAbortedWhenStoppedInATask() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s", "End": true}}}
            """
                .formatted(ACTIVITY));
    h.start("{}");
    final Effect.InvokeTask task = h.task("T");

    // when
    final Decision stop = h.stop("", "");

    // then
    assertThatHistory(h)
        .hasTypes("ExecutionStarted", "TaskStateEntered", "ActivityScheduled", "ExecutionAborted");
    assertThat(stop.effects()).contains(new Effect.CancelTask(task.taskId(), "", ACTIVITY));
    assertThat(stop.effects())
        .filteredOn(Effect.CancelTask.class::isInstance)
        .singleElement()
        .matches(e -> ((Effect.CancelTask) e).isActivity());
    assertThat(h.succeed(task, "{}").isEmpty()).isTrue();
  }

  @Test
  void shouldRecordOnlyExecutionAbortedWhenStoppedInAWait() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 30, "End": true}}}
            """);
    h.start("{}");

    // when
    final Decision stop = h.stop("Manual", "probe");

    // then
    assertThatHistory(h).hasTypes("ExecutionStarted", "WaitStateEntered", "ExecutionAborted");
    assertThat(stop.effects()).contains(new Effect.CancelTimer("wait::2"));
    assertThat(h.pendingTimers()).isEmpty();
    assertThat(h.state().error()).contains("Manual");
    assertThat(h.state().cause()).contains("probe");
  }

  @Test
  void shouldReleaseEveryBranchWithoutAbortEventsWhenStoppedInAParallel() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
              {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s", "End": true}}},
              {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 60, "End": true}}},
              {"StartAt": "Done", "States": {"Done": {"Type": "Pass", "End": true}}}]}}}
            """
                .formatted(LAMBDA));
    h.start("{}");
    final Effect.InvokeTask task = h.task("T");

    // when
    final Decision stop = h.stop("", "");

    // then
    assertThatHistory(h)
        .hasTypes(
            "ExecutionStarted",
            "ParallelStateEntered",
            "ParallelStateStarted",
            "TaskStateEntered",
            "TaskScheduled",
            "TaskStarted",
            "WaitStateEntered",
            "PassStateEntered",
            "PassStateExited",
            "ExecutionAborted");
    assertThat(stop.effects())
        .contains(
            new Effect.CancelTask(task.taskId(), "0", LAMBDA),
            new Effect.CancelTimer("timeout:" + task.taskId()));
    assertThat(h.pendingTimers()).isEmpty();
    assertThat(h.state().frames()).isEmpty();
  }

  @Test
  void shouldReleaseEveryIterationWithoutAbortEventsWhenStoppedInAnInlineMap() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "ItemProcessor": {
              "StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s", "End": true}}}}}}
            """
                .formatted(LAMBDA));
    h.start("[1, 2]");
    final List<Effect.InvokeTask> tasks = h.openTasks();

    // when
    final Decision stop = h.stop("", "");

    // then
    assertThatHistory(h)
        .containsTypeSequence("TaskStarted", "ExecutionAborted")
        .hasCount("MapIterationStarted", 2)
        .doesNotContainType("MapIterationAborted")
        .doesNotContainType("TaskStateAborted")
        .doesNotContainType("MapStateAborted");
    assertThat(stop.effects())
        .contains(
            new Effect.CancelTask(tasks.get(0).taskId(), "0", LAMBDA),
            new Effect.CancelTask(tasks.get(1).taskId(), "1", LAMBDA));
    assertThat(h.openTasks()).isEmpty();
  }

  @Test
  void shouldStopTheRunningChildrenWhenStoppedInADistributedMap() {
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
    h.succeedChild(children.get(1), "2");

    // when
    final Decision stop = h.stop("", "");

    // then
    assertThat(stop.effects())
        .filteredOn(Effect.StopChildExecution.class::isInstance)
        .containsExactly(
            new Effect.StopChildExecution("", 0, children.get(0).executionName()),
            new Effect.StopChildExecution("", 2, children.get(2).executionName()));
    assertThatHistory(h)
        .containsTypeSequence("MapRunStarted", "ExecutionAborted")
        .doesNotContainType("MapRunAborted");
    assertThat(h.stoppedChildren()).containsExactly(children.get(0), children.get(2));
    assertThat(
            h.completeChild(children.get(0), ExecutionStatus.ABORTED, null, null, null).isEmpty())
        .isTrue();
  }
}
