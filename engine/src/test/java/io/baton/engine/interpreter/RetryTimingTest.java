package io.baton.engine.interpreter;

import static io.baton.engine.testkit.HistoryAssert.assertThatHistory;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.execution.ExecutionStatus;
import io.baton.engine.json.Json;
import io.baton.engine.testkit.ExecutionHarness;
import io.baton.engine.testkit.FakeClock;
import io.baton.engine.testkit.HarnessExtension;
import io.baton.engine.testkit.SeededIds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RetryTimingTest {
  private static final Instant T0 = FakeClock.DEFAULT_START;

  @RegisterExtension final HarnessExtension engine = new HarnessExtension();

  private static String machine(String retry) {
    return """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"retry.$": "$$.State.RetryCount"},
                "Retry": %s, "End": true}}}
        """
        .formatted(retry);
  }

  /** Fails the open task {@code times} times, firing each retry timer; returns their due times. */
  private static List<Instant> failRepeatedly(ExecutionHarness h, String error, int times) {
    final List<Instant> retryAt = new ArrayList<>();
    for (int i = 0; i < times && h.status() == ExecutionStatus.RUNNING; i++) {
      h.fail("T", error, "attempt " + i);
      final var retry =
          h.pendingTimers().entrySet().stream()
              .filter(e -> e.getKey().startsWith("retry:"))
              .findFirst();
      if (retry.isEmpty()) {
        break;
      }
      retryAt.add(retry.get().getValue());
      h.clock().set(retry.get().getValue());
      h.fireTimer(retry.get().getKey());
    }
    return retryAt;
  }

  @Test
  void shouldSpaceRetriesByIntervalTimesBackoffRate() {
    // given
    final ExecutionHarness h =
        engine.harness(
            machine(
                "[{\"ErrorEquals\": [\"States.ALL\"], \"IntervalSeconds\": 2, \"MaxAttempts\": 3,"
                    + " \"BackoffRate\": 2}]"));
    h.start("{}");

    // when
    final List<Instant> retryAt = failRepeatedly(h, "Boom", 4);

    // then
    assertThat(retryAt).containsExactly(T0.plusSeconds(2), T0.plusSeconds(6), T0.plusSeconds(14));
    assertThat(h.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(h.state().cause()).contains("attempt 3");
    assertThat(h.effects(Effect.InvokeTask.class))
        .extracting(Effect.InvokeTask::attempt)
        .containsExactly(0, 1, 2, 3);
    assertThat(h.effects(Effect.InvokeTask.class))
        .extracting(t -> t.parameters().path("retry").asInt())
        .containsExactly(0, 1, 2, 3);
    assertThatHistory(h)
        .hasCount("TaskStateEntered", 1)
        .hasCount("TaskScheduled", 4)
        .hasCount("RetryScheduled", 3);
  }

  @Test
  void shouldUseAslDefaultsWhenRetrierOnlyNamesErrors() {
    // given: IntervalSeconds 1, MaxAttempts 3, BackoffRate 2.0
    final ExecutionHarness h = engine.harness(machine("[{\"ErrorEquals\": [\"States.ALL\"]}]"));
    h.start("{}");

    // when
    final List<Instant> retryAt = failRepeatedly(h, "Boom", 4);

    // then
    assertThat(retryAt).containsExactly(T0.plusSeconds(1), T0.plusSeconds(3), T0.plusSeconds(7));
    assertThat(h.status()).isEqualTo(ExecutionStatus.FAILED);
  }

  @Test
  void shouldCapDelaysWhenMaxDelaySecondsIsSet() {
    // given
    final ExecutionHarness h =
        engine.harness(
            machine(
                "[{\"ErrorEquals\": [\"States.ALL\"], \"IntervalSeconds\": 10, \"MaxAttempts\": 4,"
                    + " \"BackoffRate\": 3, \"MaxDelaySeconds\": 20}]"));
    h.start("{}");

    // when
    final List<Instant> retryAt = failRepeatedly(h, "Boom", 5);

    // then: 10, min(30, 20), min(90, 20), min(270, 20)
    assertThat(retryAt)
        .containsExactly(
            T0.plusSeconds(10), T0.plusSeconds(30), T0.plusSeconds(50), T0.plusSeconds(70));
  }

  @Test
  void shouldScaleDelaysByARandomFractionWhenJitterIsFull() {
    // given
    final ExecutionHarness h =
        engine.track(
            ExecutionHarness.builder(
                    machine(
                        "[{\"ErrorEquals\": [\"States.ALL\"], \"IntervalSeconds\": 4,"
                            + " \"MaxAttempts\": 2, \"BackoffRate\": 2, \"JitterStrategy\":"
                            + " \"FULL\"}]"))
                .ids(SeededIds.of(7).thenDoubles(0.5, 0.125))
                .build());
    h.start("{}");

    // when
    final List<Instant> retryAt = failRepeatedly(h, "Boom", 3);

    // then: 4 s × 0.5, then 8 s × 0.125
    assertThat(retryAt).containsExactly(T0.plusSeconds(2), T0.plusSeconds(3));
    assertThat(h.ids().issuedDoubles()).containsExactly(0.5, 0.125);
  }

  @Test
  void shouldGiveSameDelaysWhenSeedIsTheSame() {
    // given
    final String retry =
        "[{\"ErrorEquals\": [\"States.ALL\"], \"IntervalSeconds\": 3, \"MaxAttempts\": 3,"
            + " \"JitterStrategy\": \"FULL\"}]";
    final ExecutionHarness a =
        engine.track(ExecutionHarness.builder(machine(retry)).ids(SeededIds.of(42)).build());
    final ExecutionHarness b =
        engine.track(ExecutionHarness.builder(machine(retry)).ids(SeededIds.of(42)).build());
    a.start("{}");
    b.start("{}");

    // when
    final List<Instant> first = failRepeatedly(a, "Boom", 4);
    final List<Instant> second = failRepeatedly(b, "Boom", 4);

    // then
    assertThat(first).hasSize(3).isEqualTo(second);
    assertThat(a.events()).isEqualTo(b.events());
    assertThat(first.get(0)).isBetween(T0, T0.plusSeconds(3));
  }

  @Test
  void shouldStopAtTheFirstMatchingRetrierWhenItIsExhausted() {
    // given
    final ExecutionHarness h =
        engine.harness(
            machine(
                "[{\"ErrorEquals\": [\"Custom\"], \"MaxAttempts\": 1, \"IntervalSeconds\": 1},"
                    + " {\"ErrorEquals\": [\"States.ALL\"], \"MaxAttempts\": 5, \"IntervalSeconds\": 1}]"));
    h.start("{}");

    // when
    final List<Instant> retryAt = failRepeatedly(h, "Custom", 3);

    // then
    assertThat(retryAt).hasSize(1);
    assertThat(h.status()).isEqualTo(ExecutionStatus.FAILED);
  }

  @Test
  void shouldCountEachRetrierSeparately() {
    // given
    final ExecutionHarness h =
        engine.harness(
            machine(
                "[{\"ErrorEquals\": [\"A\"], \"MaxAttempts\": 1, \"IntervalSeconds\": 1},"
                    + " {\"ErrorEquals\": [\"B\"], \"MaxAttempts\": 1, \"IntervalSeconds\": 5}]"));
    h.start("{}");

    // when
    final List<Instant> afterA = failRepeatedly(h, "A", 1);
    final List<Instant> afterB = failRepeatedly(h, "B", 1);
    h.succeed("T", "{\"ok\": true}");

    // then
    assertThat(afterA).containsExactly(T0.plusSeconds(1));
    assertThat(afterB).containsExactly(T0.plusSeconds(6));
    assertThat(h.output()).isEqualTo(Json.parse("{\"ok\": true}"));
  }

  @Test
  void shouldNeverRetryWhenMaxAttemptsIsZero() {
    // given
    final ExecutionHarness h =
        engine.harness(machine("[{\"ErrorEquals\": [\"States.ALL\"], \"MaxAttempts\": 0}]"));
    h.start("{}");

    // when
    h.fail("T", "Boom", "");

    // then
    assertThat(h.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThatHistory(h).doesNotContainType("RetryScheduled");
  }

  @Test
  void shouldIgnoreAnEarlyRetryTimerFromAnOlderAttempt() {
    // given
    final ExecutionHarness h =
        engine.harness(machine("[{\"ErrorEquals\": [\"States.ALL\"], \"IntervalSeconds\": 1}]"));
    h.start("{}");
    h.fail("T", "Boom", "");
    final String firstRetry =
        h.pendingTimers().keySet().stream()
            .filter(k -> k.startsWith("retry:"))
            .findFirst()
            .orElseThrow();
    h.advance(Duration.ofSeconds(1));

    // when: the same retry timer is delivered a second time
    final Decision duplicate = h.signal(new Signal.TimerFired(firstRetry));

    // then
    assertThat(duplicate.isEmpty()).isTrue();
    assertThat(h.openTasks()).hasSize(1);
  }
}
