package io.baton.engine.interpreter;

import static io.baton.engine.testkit.HistoryAssert.assertThatHistory;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.execution.ExecutionStatus;
import io.baton.engine.json.Json;
import io.baton.engine.testkit.ExecutionHarness;
import io.baton.engine.testkit.FakeClock;
import io.baton.engine.testkit.HarnessExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExecutionLifecycleTest {
  private static final Instant T0 = FakeClock.DEFAULT_START;
  private static final String WAIT_THEN_TASK =
      """
      {"StartAt": "P", %s "States": {
        "P": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 60, "End": true}}},
          {"StartAt": "T", "States": {"T": {"Type": "Task", "HeartbeatSeconds": 30,
            "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}]}}}
      """;

  @RegisterExtension final HarnessExtension engine = new HarnessExtension();

  @Test
  void shouldTimeOutWhenTheExecutionTimeoutFires() {
    // given
    final ExecutionHarness h = engine.harness(WAIT_THEN_TASK.formatted("\"TimeoutSeconds\": 10,"));
    final Decision start = h.start("{}");

    // when
    final var fired = h.advance(Duration.ofSeconds(10));

    // then
    assertThat(start.effects())
        .startsWith(new Effect.StartTimer("execution-timeout", T0.plusSeconds(10)));
    assertThat(h.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThatHistory(h).containsTypeSequence("TaskStarted", "ExecutionTimedOut");
    assertThat(fired).hasSize(1);
    assertThat(fired.get(0).effects())
        .contains(
            new Effect.CancelTimer("wait:0:4"),
            new Effect.ExecutionEnded(
                ExecutionStatus.TIMED_OUT, Optional.empty(), Optional.empty(), Optional.empty()));
    assertThat(h.pendingTimers()).isEmpty();
  }

  @Test
  void shouldCancelTheExecutionTimeoutWhenTheExecutionEnds() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "W", "TimeoutSeconds": 100, "States": {
              "W": {"Type": "Wait", "Seconds": 5, "End": true}}}
            """);
    h.start("{}");

    // when
    final var fired = h.advance(Duration.ofSeconds(5));

    // then
    assertThat(h.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(fired.get(0).effects()).contains(new Effect.CancelTimer("execution-timeout"));
    assertThat(h.pendingTimers()).isEmpty();
    assertThat(h.signal(new Signal.TimerFired("execution-timeout")).isEmpty()).isTrue();
  }

  @Test
  void shouldAbortAndReleaseEveryTimerAndTaskWhenStopped() {
    // given
    final ExecutionHarness h = engine.harness(WAIT_THEN_TASK.formatted("\"TimeoutSeconds\": 100,"));
    h.start("{}");
    final Effect.InvokeTask task = h.task("T");

    // when
    final Decision stop = h.stop("Operator.Stop", "maintenance");

    // then
    assertThat(h.status()).isEqualTo(ExecutionStatus.ABORTED);
    assertThat(stop.effects())
        .containsExactlyInAnyOrder(
            new Effect.CancelTimer("execution-timeout"),
            new Effect.CancelTimer("wait:0:4"),
            new Effect.CancelTimer("timeout:" + task.taskId()),
            new Effect.CancelTimer("heartbeat:" + task.taskId() + ":0"),
            new Effect.CancelTask(task.taskId(), "1", task.resource()),
            new Effect.ExecutionEnded(
                ExecutionStatus.ABORTED,
                Optional.empty(),
                Optional.of("Operator.Stop"),
                Optional.of("maintenance")));
    assertThat(h.onlyDetails("ExecutionAborted"))
        .isEqualTo(Json.parse("{\"error\": \"Operator.Stop\", \"cause\": \"maintenance\"}"));
    assertThat(h.pendingTimers()).isEmpty();
  }

  @Test
  void shouldLeaveErrorAndCauseOutWhenStoppedWithoutThem() {
    // given
    final ExecutionHarness h = engine.harness(WAIT_THEN_TASK.formatted(""));
    h.start("{}");

    // when
    h.stop("", "");

    // then
    assertThat(h.onlyDetails("ExecutionAborted")).isEqualTo(Json.parse("{}"));
    assertThat(h.state().error()).isEmpty();
  }

  @Test
  void shouldIgnoreSignalsWhenTheExecutionHasEnded() {
    // given
    final ExecutionHarness h = engine.harness(WAIT_THEN_TASK.formatted(""));
    h.start("{}");
    final Effect.InvokeTask task = h.task("T");
    h.stop("", "");

    // when
    final Decision late = h.succeed(task, "{}");
    final Decision timer = h.signal(new Signal.TimerFired("wait:0:4"));
    final Decision beat = h.signal(new Signal.TaskHeartbeat(task.taskId()));
    final Decision stopAgain = h.stop("again", "");

    // then
    assertThat(late.isEmpty()).isTrue();
    assertThat(timer.isEmpty()).isTrue();
    assertThat(beat.isEmpty()).isTrue();
    assertThat(stopAgain.isEmpty()).isTrue();
    assertThatHistory(h).hasCount("ExecutionAborted", 1);
  }

  @Test
  void shouldIgnoreASecondStart() {
    // given
    final ExecutionHarness h = engine.harness(WAIT_THEN_TASK.formatted(""));
    h.start("{}");

    // when
    final Decision again = h.start("{\"other\": true}");

    // then
    assertThat(again.isEmpty()).isTrue();
    assertThat(h.state().info().input()).isEqualTo(Json.parse("{}"));
  }

  @Test
  void shouldIgnoreUnknownTimersAndTasks() {
    // given
    final ExecutionHarness h = engine.harness(WAIT_THEN_TASK.formatted(""));
    h.start("{}");

    // when
    final Decision timer = h.signal(new Signal.TimerFired("no-such-timer"));
    final Decision task = h.signal(new Signal.TaskSucceeded("no-such-task", Json.parse("{}")));
    final Decision failed = h.signal(new Signal.TaskFailed("no-such-task", "E", "C"));

    // then
    assertThat(timer.isEmpty()).isTrue();
    assertThat(task.isEmpty()).isTrue();
    assertThat(failed.isEmpty()).isTrue();
  }

  @Test
  void shouldIgnoreAWaitTimerThatFiresAfterItsBranchWasDropped() {
    // given
    final ExecutionHarness h =
        engine.harness(
            WAIT_THEN_TASK
                .formatted("")
                .replace(
                    "\"End\": true, \"Branches\"",
                    "\"Next\": \"Later\", \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"],"
                        + " \"Next\": \"Later\"}], \"Branches\"")
                .replace(
                    "]}}}",
                    "]}, \"Later\": {\"Type\": \"Wait\", \"Seconds\": 600, \"End\": true}}}"));
    h.start("{}");

    // when
    final Decision failure = h.fail("T", "E", "");
    final Decision stale = h.signal(new Signal.TimerFired("wait:0:4"));

    // then
    assertThat(failure.effects()).contains(new Effect.CancelTimer("wait:0:4"));
    assertThat(stale.isEmpty()).isTrue();
    assertThat(h.status()).isEqualTo(ExecutionStatus.RUNNING);
  }

  @Test
  void shouldIgnoreSignalsBeforeTheExecutionStarts() {
    // given
    final ExecutionHarness h = engine.harness(WAIT_THEN_TASK.formatted(""));

    // when
    final Decision stop = h.stop("Early", "");
    final Decision timer = h.signal(new Signal.TimerFired("execution-timeout"));

    // then
    assertThat(stop.isEmpty()).isTrue();
    assertThat(timer.isEmpty()).isTrue();
    assertThat(h.events()).isEmpty();
  }
}
