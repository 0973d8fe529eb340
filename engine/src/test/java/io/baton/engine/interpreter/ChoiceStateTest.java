package io.baton.engine.interpreter;

import static io.baton.engine.testkit.HistoryAssert.assertThatHistory;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.execution.ExecutionStatus;
import io.baton.engine.json.Json;
import io.baton.engine.testkit.ExecutionHarness;
import io.baton.engine.testkit.HarnessExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ChoiceStateTest {
  private static final String ROUTER =
      """
      {"StartAt": "C", "States": {
        "C": {"Type": "Choice", %s
          "Choices": [
            {"Variable": "$.n", "NumericLessThan": 0, "Next": "Negative"},
            {"And": [{"Variable": "$.n", "NumericGreaterThanEquals": 0},
                     {"Variable": "$.n", "NumericLessThan": 10}], "Next": "Small"},
            {"Variable": "$.n", "NumericGreaterThanEquals": 0, "Next": "Large"}]},
        "Negative": {"Type": "Pass", "Result": "negative", "End": true},
        "Small": {"Type": "Pass", "Result": "small", "End": true},
        "Large": {"Type": "Pass", "Result": "large", "End": true},
        "Other": {"Type": "Pass", "Result": "other", "End": true}
      }}
      """;

  @RegisterExtension final HarnessExtension engine = new HarnessExtension();

  private ExecutionHarness router(String fields) {
    return engine.harness(ROUTER.formatted(fields));
  }

  @Test
  void shouldFollowTheFirstMatchingRule() {
    // given
    final ExecutionHarness negative = router("");
    final ExecutionHarness small = router("");
    final ExecutionHarness large = router("");

    // when
    negative.start("{\"n\": -1}");
    small.start("{\"n\": 3}");
    large.start("{\"n\": 10}");

    // then
    assertThat(negative.output()).isEqualTo(Json.parse("\"negative\""));
    assertThat(small.output()).isEqualTo(Json.parse("\"small\""));
    assertThat(large.output()).isEqualTo(Json.parse("\"large\""));
    assertThatHistory(small)
        .hasTypes(
            "ExecutionStarted",
            "ChoiceStateEntered",
            "ChoiceStateExited",
            "PassStateEntered",
            "PassStateExited",
            "ExecutionSucceeded");
    assertThat(small.details("PassStateEntered").get(0).path("name").asText()).isEqualTo("Small");
  }

  @Test
  void shouldGoToDefaultWhenNoRuleMatches() {
    // given
    final ExecutionHarness h = router("\"Default\": \"Other\",");

    // when
    h.start("{\"n\": \"not a number\"}");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("\"other\""));
  }

  @Test
  void shouldFailWithNoChoiceMatchedWhenNoRuleMatchesAndThereIsNoDefault() {
    // given
    final ExecutionHarness h = router("");

    // when
    h.start("{\"n\": \"text\"}");

    // then
    assertThat(h.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(h.state().error()).contains("States.NoChoiceMatched");
    assertThat(h.state().cause().orElseThrow())
        .startsWith(
            "An error occurred while executing the state 'C' (entered at the event id #2).");
    assertThatHistory(h).hasTypes("ExecutionStarted", "ChoiceStateEntered", "ExecutionFailed");
  }

  @Test
  void shouldFailWithRuntimeErrorWhenARuleReadsAMissingVariable() {
    // given
    final ExecutionHarness h = router("\"Default\": \"Other\",");

    // when
    h.start("{\"m\": 1}");

    // then
    assertThat(h.state().error()).contains("States.Runtime");
  }

  @Test
  void shouldEvaluateRulesAgainstInputPathAndPassOutputPathOn() {
    // given
    final ExecutionHarness h = router("\"InputPath\": \"$.inner\", \"OutputPath\": \"$.n\",");
    final ExecutionHarness passthrough =
        engine.harness(
            """
            {"StartAt": "C", "States": {
              "C": {"Type": "Choice", "InputPath": "$.inner", "Default": "Echo",
                    "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "Echo"}]},
              "Echo": {"Type": "Pass", "End": true}}}
            """);

    // when
    h.start("{\"inner\": {\"n\": 50}, \"n\": -5}");
    passthrough.start("{\"inner\": {\"n\": 50}, \"n\": -5}");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("\"large\""));
    assertThat(passthrough.output()).isEqualTo(Json.parse("{\"n\": 50}"));
  }

  @Test
  void shouldFailTheEnclosingBranchWhenNoRuleMatchesInsideParallel() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "Par", "States": {
              "Par": {"Type": "Parallel", "Next": "Done",
                "Catch": [{"ErrorEquals": ["States.NoChoiceMatched"], "Next": "Caught",
                           "ResultPath": "$.error"}],
                "Branches": [{"StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Choices": [
                    {"Variable": "$.go", "BooleanEquals": true, "Next": "Yes"}]},
                  "Yes": {"Type": "Succeed"}}}]},
              "Caught": {"Type": "Pass", "End": true},
              "Done": {"Type": "Pass", "End": true}}}
            """);

    // when
    h.start("{\"go\": false}");

    // then
    assertThat(h.output().path("error").path("Error").asText()).isEqualTo("States.NoChoiceMatched");
    assertThatHistory(h)
        .containsTypeSubsequence(
            "ParallelStateStarted",
            "ChoiceStateEntered",
            "ParallelStateFailed",
            "ParallelStateExited");
  }
}
