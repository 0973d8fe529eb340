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

class WaitStateTest {
  private static final Instant T0 = FakeClock.DEFAULT_START;

  @RegisterExtension final HarnessExtension engine = new HarnessExtension();

  private ExecutionHarness waitWith(String fields) {
    return engine.harness(
        """
        {"StartAt": "W", "States": {"W": {"Type": "Wait", %s, "End": true}}}
        """
            .formatted(fields));
  }

  @Test
  void shouldStartTimerAtEnteredTimePlusSecondsWhenSecondsIsSet() {
    // given
    final ExecutionHarness h = waitWith("\"Seconds\": 10");

    // when
    final Decision decision = h.start("{\"a\": 1}");

    // then
    assertThat(decision.effects())
        .containsExactly(new Effect.StartTimer("wait::2", T0.plusSeconds(10)));
    assertThatHistory(h)
        .hasTypes("ExecutionStarted", "WaitStateEntered")
        .containsAllTypesSubsequence("WaitStateEntered", "TimerScheduled");
    assertThat(h.status()).isEqualTo(ExecutionStatus.RUNNING);
  }

  @Test
  void shouldLeaveOnlyWhenTheTimerFires() {
    // given
    final ExecutionHarness h = waitWith("\"Seconds\": 10");
    h.start("{\"a\": 1}");

    // when
    final var early = h.advance(Duration.ofSeconds(9));
    final var due = h.advance(Duration.ofSeconds(1));

    // then
    assertThat(early).isEmpty();
    assertThat(due).hasSize(1);
    assertThat(h.output()).isEqualTo(Json.parse("{\"a\": 1}"));
    assertThat(h.history().get(2).timestamp()).isEqualTo(T0.plusSeconds(10));
    assertThatHistory(h)
        .hasTypes("ExecutionStarted", "WaitStateEntered", "WaitStateExited", "ExecutionSucceeded");
  }

  @Test
  void shouldReadSecondsFromInputWhenSecondsPathIsSet() {
    // given
    final ExecutionHarness h = waitWith("\"SecondsPath\": \"$.delay\"");

    // when
    final Decision decision = h.start("{\"delay\": 5}");

    // then
    assertThat(decision.effects())
        .containsExactly(new Effect.StartTimer("wait::2", T0.plusSeconds(5)));
  }

  @Test
  void shouldWaitUntilTimestampWhenTimestampIsSet() {
    // given
    final ExecutionHarness h = waitWith("\"Timestamp\": \"2024-01-01T01:00:00+01:00\"");
    final ExecutionHarness later = waitWith("\"Timestamp\": \"2024-01-02T00:00:00.5Z\"");

    // when
    final Decision immediate = h.start("{}");
    final Decision timer = later.start("{}");

    // then
    assertThat(immediate.effects()).singleElement().isInstanceOf(Effect.ExecutionEnded.class);
    assertThat(h.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(timer.effects())
        .containsExactly(new Effect.StartTimer("wait::2", Instant.parse("2024-01-02T00:00:00.5Z")));
  }

  @Test
  void shouldReadTimestampFromInputWhenTimestampPathIsSet() {
    // given
    final ExecutionHarness h = waitWith("\"TimestampPath\": \"$.until\"");

    // when
    h.start("{\"until\": \"2024-01-01T00:30:00Z\"}");
    h.fireNextTimer();

    // then
    assertThat(h.clock().now()).isEqualTo(Instant.parse("2024-01-01T00:30:00Z"));
    assertThat(h.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
  }

  @Test
  void shouldLeaveAtOnceWhenSecondsIsZero() {
    // given
    final ExecutionHarness h = waitWith("\"SecondsPath\": \"$.s\"");

    // when
    h.start("{\"s\": 0}");

    // then
    assertThat(h.pendingTimers()).isEmpty();
    assertThat(h.output()).isEqualTo(Json.parse("{\"s\": 0}"));
  }

  @Test
  void shouldApplyInputPathBeforeSecondsPath() {
    // given
    final ExecutionHarness h =
        waitWith("\"InputPath\": \"$.inner\", \"SecondsPath\": \"$.s\", \"OutputPath\": \"$.s\"");

    // when
    h.start("{\"inner\": {\"s\": 3}, \"s\": 100}");
    h.fireNextTimer();

    // then
    assertThat(h.clock().now()).isEqualTo(T0.plusSeconds(3));
    assertThat(h.output()).isEqualTo(Json.parse("3"));
  }

  @Test
  void shouldFailWithRuntimeErrorWhenSecondsPathIsNegative() {
    // when
    final ExecutionHarness h = waitWith("\"SecondsPath\": \"$.s\"");
    h.start("{\"s\": -1}");

    // then
    assertThat(h.state().error()).contains("States.Runtime");
    assertThat(h.state().cause())
        .contains(
            "An error occurred while executing the state 'W' (entered at the event id #2)."
                + " The SecondsPath parameter references a negative value: $.s == -1");
  }

  @Test
  void shouldFailWithRuntimeErrorWhenSecondsPathIsNotAnInteger() {
    // when
    final ExecutionHarness h = waitWith("\"SecondsPath\": \"$.s\"");
    h.start("{\"s\": 1.5}");

    // then
    assertThat(h.state().cause().orElseThrow())
        .endsWith("The SecondsPath parameter cannot be parsed as a long value: $.s == 1.5");
  }

  @Test
  void shouldFailWithRuntimeErrorWhenSecondsPathFindsNothing() {
    // when
    final ExecutionHarness h = waitWith("\"SecondsPath\": \"$.s\"");
    h.start("{}");

    // then
    assertThat(h.state().error()).contains("States.Runtime");
    assertThat(h.state().cause().orElseThrow())
        .endsWith("The SecondsPath parameter does not reference an input value: $.s");
    assertThatHistory(h).hasTypes("ExecutionStarted", "WaitStateEntered", "ExecutionFailed");
  }

  @Test
  void shouldFailWithRuntimeErrorWhenTimestampPathIsNotATimestamp() {
    // when
    final ExecutionHarness h = waitWith("\"TimestampPath\": \"$.t\"");
    h.start("{\"t\": \"tomorrow\"}");

    // then
    assertThat(h.state().error()).contains("States.Runtime");
    assertThat(h.state().cause().orElseThrow())
        .endsWith(
            "The TimestampPath parameter does not reference a valid ISO-8601 extended offset"
                + " date-time format string: $.t == tomorrow");
  }

  @Test
  void shouldFailTheExecutionWhenARuntimeErrorHappensBelowACatch() {
    // given: States.Runtime from a Wait inside a Parallel with a Catch is still fatal
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "Par", "States": {
              "Par": {"Type": "Parallel", "End": true,
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}],
                "Branches": [{"StartAt": "W", "States": {
                  "W": {"Type": "Wait", "SecondsPath": "$.nope", "End": true}}}]},
              "Caught": {"Type": "Pass", "End": true}
            }}
            """);

    // when
    h.start("{}");

    // then
    assertThat(h.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(h.state().error()).contains("States.Runtime");
    assertThatHistory(h).doesNotContainType("PassStateEntered");
  }
}
