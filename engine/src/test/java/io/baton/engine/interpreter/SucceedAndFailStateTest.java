package io.baton.engine.interpreter;

import static io.baton.engine.testkit.HistoryAssert.assertThatHistory;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.execution.ExecutionStatus;
import io.baton.engine.json.Json;
import io.baton.engine.testkit.ExecutionHarness;
import io.baton.engine.testkit.HarnessExtension;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SucceedAndFailStateTest {
  @RegisterExtension final HarnessExtension engine = new HarnessExtension();

  private ExecutionHarness single(String state) {
    return engine.harness("{\"StartAt\": \"S\", \"States\": {\"S\": " + state + "}}");
  }

  @Test
  void shouldSucceedWithItsInputWhenSucceedIsReached() {
    // given
    final ExecutionHarness h = single("{\"Type\": \"Succeed\"}");

    // when
    final Decision decision = h.start("{\"a\": 1}");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("{\"a\": 1}"));
    assertThatHistory(h)
        .hasTypes(
            "ExecutionStarted", "SucceedStateEntered", "SucceedStateExited", "ExecutionSucceeded");
    assertThat(decision.effects())
        .containsExactly(
            new Effect.ExecutionEnded(
                ExecutionStatus.SUCCEEDED,
                Optional.of(Json.parse("{\"a\": 1}")),
                Optional.empty(),
                Optional.empty()));
  }

  @Test
  void shouldApplyInputAndOutputPathWhenSucceedHasThem() {
    // given
    final ExecutionHarness h =
        single("{\"Type\": \"Succeed\", \"InputPath\": \"$.a\", \"OutputPath\": \"$.b\"}");

    // when
    h.start("{\"a\": {\"b\": 2}}");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("2"));
  }

  @Test
  void shouldFailWithLiteralErrorAndCauseWhenFailIsReached() {
    // given
    final ExecutionHarness h =
        single("{\"Type\": \"Fail\", \"Error\": \"Custom.Error\", \"Cause\": \"because\"}");

    // when
    final Decision decision = h.start("{}");

    // then
    assertThat(h.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThatHistory(h).hasTypes("ExecutionStarted", "FailStateEntered", "ExecutionFailed");
    assertThat(h.onlyDetails("ExecutionFailed"))
        .isEqualTo(Json.parse("{\"error\": \"Custom.Error\", \"cause\": \"because\"}"));
    assertThat(decision.effects())
        .containsExactly(
            new Effect.ExecutionEnded(
                ExecutionStatus.FAILED,
                Optional.empty(),
                Optional.of("Custom.Error"),
                Optional.of("because")));
  }

  @Test
  void shouldReadErrorAndCauseFromInputWhenPathsAreSet() {
    // given
    final ExecutionHarness h =
        single(
            "{\"Type\": \"Fail\", \"ErrorPath\": \"$.e\","
                + " \"CausePath\": \"States.Format('code {}', $.c)\"}");

    // when
    h.start("{\"e\": \"Dynamic.Error\", \"c\": 42}");

    // then
    assertThat(h.state().error()).contains("Dynamic.Error");
    assertThat(h.state().cause()).contains("code 42");
  }

  @Test
  void shouldFailWithRuntimeErrorWhenErrorPathFindsNothing() {
    // given
    final ExecutionHarness h = single("{\"Type\": \"Fail\", \"ErrorPath\": \"$.missing\"}");

    // when
    h.start("{}");

    // then
    assertThat(h.state().error()).contains("States.Runtime");
    assertThat(h.state().cause().orElseThrow())
        .startsWith("An error occurred while executing the state 'S' (entered at the event id #2).")
        .contains(
            "The JSONPath '$.missing' specified for the field 'ErrorPath' could not be found");
  }

  @Test
  void shouldLeaveOutTheErrorWhenFailHasOnlyACause() {
    // given
    final ExecutionHarness h = single("{\"Type\": \"Fail\", \"Cause\": \"Condition is false\"}");

    // when
    final Decision decision = h.start("{}");

    // then
    assertThat(h.onlyDetails("ExecutionFailed"))
        .isEqualTo(Json.parse("{\"cause\": \"Condition is false\"}"));
    assertThat(h.state().error()).isEmpty();
    assertThat(decision.effects())
        .containsExactly(
            new Effect.ExecutionEnded(
                ExecutionStatus.FAILED,
                Optional.empty(),
                Optional.empty(),
                Optional.of("Condition is false")));
  }

  @Test
  void shouldLeaveOutTheCauseWhenFailHasOnlyAnError() {
    // given
    final ExecutionHarness h = single("{\"Type\": \"Fail\", \"Error\": \"Exception\"}");

    // when
    h.start("{}");

    // then
    assertThat(h.onlyDetails("ExecutionFailed"))
        .isEqualTo(Json.parse("{\"error\": \"Exception\"}"));
    assertThat(h.state().cause()).isEmpty();
  }

  @Test
  void shouldFailWithEmptyDetailsWhenFailHasNeitherErrorNorCause() {
    // given
    final ExecutionHarness h = single("{\"Type\": \"Fail\"}");

    // when
    h.start("{}");

    // then
    assertThat(h.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(h.onlyDetails("ExecutionFailed")).isEqualTo(Json.parse("{}"));
  }
}
