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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TaskTimeoutTest {
  private static final Instant T0 = FakeClock.DEFAULT_START;

  @RegisterExtension final HarnessExtension engine = new HarnessExtension();

  private ExecutionHarness task(String fields) {
    return engine.harness(
        """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", %s "End": true},
          "Handled": {"Type": "Pass", "End": true}}}
        """
            .formatted(fields));
  }

  @Test
  void shouldFailWithTimeoutWhenTheTimeoutTimerFires() {
    // given
    final ExecutionHarness h = task("\"TimeoutSeconds\": 5,");
    h.start("{}");

    // when
    final var early = h.advance(Duration.ofSeconds(4));
    final var due = h.advance(Duration.ofSeconds(1));

    // then
    assertThat(early).isEmpty();
    assertThat(due).hasSize(1);
    assertThat(h.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(h.state().error()).contains("States.Timeout");
    assertThatHistory(h).containsTypeSequence("TaskStarted", "TaskTimedOut", "ExecutionFailed");
    assertThat(h.onlyDetails("TaskTimedOut").path("error").asText()).isEqualTo("States.Timeout");
    assertThat(h.history().get(4).timestamp()).isEqualTo(T0.plusSeconds(5));
  }

  @Test
  void shouldFailWithHeartbeatTimeoutWhenNoHeartbeatArrives() {
    // given
    final ExecutionHarness h = task("\"TimeoutSeconds\": 100, \"HeartbeatSeconds\": 10,");
    h.start("{}");

    // when
    final var fired = h.advance(Duration.ofSeconds(10));

    // then
    assertThat(fired).hasSize(1);
    assertThat(h.state().error()).contains("States.HeartbeatTimeout");
    assertThat(fired.get(0).effects()).contains(new Effect.CancelTimer("timeout:@2.0"));
    assertThat(h.pendingTimers()).isEmpty();
  }

  @Test
  void shouldMoveTheHeartbeatDeadlineWhenAHeartbeatArrives() {
    // given
    final ExecutionHarness h = task("\"TimeoutSeconds\": 100, \"HeartbeatSeconds\": 10,");
    h.start("{}");
    h.advance(Duration.ofSeconds(8));

    // when
    final Decision beat = h.heartbeat("T");
    final var beforeNewDeadline = h.advance(Duration.ofSeconds(9));
    final var atNewDeadline = h.advance(Duration.ofSeconds(1));

    // then
    assertThat(beat.events()).extracting(e -> e.type()).containsExactly("HeartbeatRecorded");
    assertThat(beat.events().get(0).visible()).isFalse();
    assertThat(beat.effects()).startsWith(new Effect.CancelTimer("heartbeat:@2.0:0"));
    assertThat(beat.effects().get(1))
        .isInstanceOfSatisfying(
            Effect.StartTimer.class, t -> assertThat(t.fireAt()).isEqualTo(T0.plusSeconds(18)));
    assertThat(beforeNewDeadline).isEmpty();
    assertThat(atNewDeadline).hasSize(1);
    assertThat(h.state().error()).contains("States.HeartbeatTimeout");
    assertThat(h.history().get(h.history().size() - 1).timestamp()).isEqualTo(T0.plusSeconds(18));
  }

  @Test
  void shouldIgnoreAHeartbeatWhenTheTaskHasNoHeartbeatSeconds() {
    // given
    final ExecutionHarness h = task("");
    h.start("{}");

    // when
    final Decision beat = h.heartbeat("T");

    // then
    assertThat(beat.isEmpty()).isTrue();
  }

  @Test
  void shouldCatchATimeoutWhenACatcherNamesIt() {
    // given
    final ExecutionHarness h =
        task(
            "\"TimeoutSeconds\": 5,"
                + " \"Catch\": [{\"ErrorEquals\": [\"States.Timeout\"], \"Next\": \"Handled\","
                + " \"ResultPath\": \"$.err\"}],");
    h.start("{\"in\": 1}");

    // when
    h.fireNextTimer();

    // then
    assertThat(h.output())
        .isEqualTo(
            Json.parse("{\"in\": 1, \"err\": {\"Error\": \"States.Timeout\", \"Cause\": \"\"}}"));
  }

  @Test
  void shouldNotTreatATimeoutAsTaskFailedWhenMatching() {
    // given
    final ExecutionHarness h =
        task(
            "\"TimeoutSeconds\": 5,"
                + " \"Catch\": [{\"ErrorEquals\": [\"States.TaskFailed\"], \"Next\": \"Handled\"}],");
    h.start("{}");

    // when
    h.fireNextTimer();

    // then
    assertThat(h.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(h.state().error()).contains("States.Timeout");
  }

  @Test
  void shouldIgnoreTheResultWhenItArrivesAfterTheTimeout() {
    // given
    final ExecutionHarness h =
        task(
            "\"TimeoutSeconds\": 5, \"Retry\": [{\"ErrorEquals\": [\"States.Timeout\"],"
                + " \"IntervalSeconds\": 1, \"MaxAttempts\": 1}],");
    h.start("{}");
    final Effect.InvokeTask first = h.task("T");
    h.fireNextTimer();

    // when
    final Decision late = h.succeed(first, "{\"late\": true}");

    // then
    assertThat(late.isEmpty()).isTrue();
    assertThat(h.status()).isEqualTo(ExecutionStatus.RUNNING);
  }

  @Test
  void shouldIgnoreATimeoutTimerWhenTheTaskAlreadySucceeded() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "T", "States": {
              "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                    "TimeoutSeconds": 5, "Next": "W"},
              "W": {"Type": "Wait", "Seconds": 60, "End": true}}}
            """);
    h.start("{}");
    h.succeed("T", "{}");

    // when: a timer that was cancelled is delivered anyway (at-least-once delivery)
    final Decision stale = h.signal(new Signal.TimerFired("timeout:@2.0"));

    // then
    assertThat(stale.isEmpty()).isTrue();
  }
}
