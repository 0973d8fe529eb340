package io.baton.engine.interpreter;

import static io.baton.engine.testkit.HistoryAssert.assertThatHistory;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.execution.ExecutionStatus;
import io.baton.engine.json.Json;
import io.baton.engine.testkit.ExecutionHarness;
import io.baton.engine.testkit.HarnessExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CatchTest {
  @RegisterExtension final HarnessExtension engine = new HarnessExtension();

  private ExecutionHarness task(String fields) {
    return engine.harness(
        """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", %s "End": true},
          "First": {"Type": "Pass", "Result": "first", "ResultPath": "$.handler", "End": true},
          "Second": {"Type": "Pass", "Result": "second", "ResultPath": "$.handler", "End": true}}}
        """
            .formatted(fields));
  }

  @Test
  void shouldReplaceTheInputWithTheErrorOutputWhenResultPathIsAbsent() {
    // given
    final ExecutionHarness h =
        task("\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"First\"}],");
    h.start("{\"in\": 1}");

    // when
    h.fail("T", "Custom.Error", "details");

    // then
    assertThat(h.output())
        .isEqualTo(
            Json.parse(
                "{\"Error\": \"Custom.Error\", \"Cause\": \"details\", \"handler\": \"first\"}"));
    assertThatHistory(h)
        .containsTypeSequence(
            "TaskFailed",
            "TaskStateExited",
            "PassStateEntered",
            "PassStateExited",
            "ExecutionSucceeded");
  }

  @Test
  void shouldPlaceTheErrorOutputInTheInputWhenResultPathIsSet() {
    // given
    final ExecutionHarness h =
        task(
            "\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"First\","
                + " \"ResultPath\": \"$.error\"}],");
    h.start("{\"in\": 1}");

    // when
    h.fail("T", "Custom.Error", "details");

    // then
    assertThat(h.output())
        .isEqualTo(
            Json.parse(
                "{\"in\": 1, \"error\": {\"Error\": \"Custom.Error\", \"Cause\": \"details\"},"
                    + " \"handler\": \"first\"}"));
    assertThat(h.onlyDetails("TaskStateExited").path("output"))
        .isEqualTo(
            Json.parse(
                "{\"in\": 1, \"error\": {\"Error\": \"Custom.Error\", \"Cause\": \"details\"}}"));
  }

  @Test
  void shouldKeepTheInputWhenCatcherResultPathIsNull() {
    // given
    final ExecutionHarness h =
        task(
            "\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"First\","
                + " \"ResultPath\": null}],");
    h.start("{\"in\": 1}");

    // when
    h.fail("T", "Custom.Error", "details");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("{\"in\": 1, \"handler\": \"first\"}"));
  }

  @Test
  void shouldUseTheFirstCatcherThatMatches() {
    // given
    final ExecutionHarness h =
        task(
            "\"Catch\": [{\"ErrorEquals\": [\"Other\"], \"Next\": \"First\", \"ResultPath\": null},"
                + " {\"ErrorEquals\": [\"Custom.Error\", \"Another\"], \"Next\": \"Second\","
                + " \"ResultPath\": null},"
                + " {\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"First\", \"ResultPath\": null}],");
    h.start("{}");

    // when
    h.fail("T", "Custom.Error", "");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("{\"handler\": \"second\"}"));
  }

  @Test
  void shouldCatchOnlyAfterRetriesAreExhausted() {
    // given
    final ExecutionHarness h =
        task(
            "\"Retry\": [{\"ErrorEquals\": [\"States.ALL\"], \"MaxAttempts\": 1, \"IntervalSeconds\": 1}],"
                + " \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"First\","
                + " \"ResultPath\": \"$.error\"}],");
    h.start("{}");

    // when
    h.fail("T", "Boom", "one");
    final boolean retried = h.openTasks().isEmpty() && h.pendingTimers().size() == 1;
    h.fireNextTimer();
    h.fail("T", "Boom", "two");

    // then
    assertThat(retried).isTrue();
    assertThat(h.output().path("error").path("Cause").asText()).isEqualTo("two");
    assertThatHistory(h).hasCount("TaskFailed", 2).hasCount("TaskStateEntered", 1);
  }

  @Test
  void shouldMatchTaskFailedForAnyErrorButTimeout() {
    // given
    final String fields =
        "\"TimeoutSeconds\": 5, \"Catch\": [{\"ErrorEquals\": [\"States.TaskFailed\"],"
            + " \"Next\": \"First\", \"ResultPath\": null}],";
    final ExecutionHarness custom = task(fields);
    final ExecutionHarness timedOut = task(fields);
    custom.start("{}");
    timedOut.start("{}");

    // when
    custom.fail("T", "Lambda.Unknown", "");
    timedOut.fireNextTimer();

    // then
    assertThat(custom.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(timedOut.status()).isEqualTo(ExecutionStatus.FAILED);
  }

  @Test
  void shouldMatchAllForATimeout() {
    // given
    final ExecutionHarness h =
        task(
            "\"TimeoutSeconds\": 5, \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"],"
                + " \"Next\": \"First\", \"ResultPath\": \"$.e\"}],");
    h.start("{}");

    // when
    h.fireNextTimer();

    // then
    assertThat(h.output().path("e").path("Error").asText()).isEqualTo("States.Timeout");
  }

  @Test
  void shouldNeverRetryOrCatchARuntimeError() {
    // given: ResultSelector reads a path the result does not have
    final ExecutionHarness h =
        task(
            "\"ResultSelector\": {\"v.$\": \"$.missing\"},"
                + " \"Retry\": [{\"ErrorEquals\": [\"States.ALL\"]}],"
                + " \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"First\"}],");
    h.start("{}");

    // when
    h.succeed("T", "{\"present\": 1}");

    // then
    assertThat(h.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(h.state().error()).contains("States.Runtime");
    assertThatHistory(h)
        .doesNotContainType("RetryScheduled")
        .doesNotContainType("PassStateEntered");
  }
}
