package io.baton.engine.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.json.Json;
import io.baton.engine.testkit.ExecutionHarness;
import io.baton.engine.testkit.HarnessExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class VariablesTest {
  @RegisterExtension final HarnessExtension engine = new HarnessExtension();

  @Test
  void shouldMakeAssignedVariablesVisibleToLaterStates() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Assign": {"x": 1, "y.$": "$.a"}, "Next": "W"},
              "W": {"Type": "Wait", "Seconds": 5, "Next": "B"},
              "B": {"Type": "Pass", "Parameters": {"x.$": "$x", "y.$": "$y"}, "End": true}}}
            """);
    h.start("{\"a\": \"from input\"}");

    // when
    h.advance(Duration.ofSeconds(5));

    // then
    assertThat(h.output()).isEqualTo(Json.parse("{\"x\": 1, \"y\": \"from input\"}"));
    assertThat(h.details("PassStateExited").get(0).path("assignedVariables"))
        .isEqualTo(Json.parse("{\"x\": 1, \"y\": \"from input\"}"));
    assertThat(h.details("PassStateExited").get(0).path("assignedVariablesDetails"))
        .isEqualTo(Json.parse("{\"truncated\": false}"));
  }

  @Test
  void shouldEvaluateAssignWithTheValuesFromBeforeTheState() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Assign": {"x": 1}, "Next": "B"},
              "B": {"Type": "Pass", "Assign": {"x": 2, "old.$": "$x"}, "Next": "C"},
              "C": {"Type": "Pass", "Parameters": {"x.$": "$x", "old.$": "$old"}, "End": true}}}
            """);

    // when
    h.start("{}");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("{\"x\": 2, \"old\": 1}"));
  }

  @Test
  void shouldLetMapIterationsReadOuterVariablesButKeepTheirOwn() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "Set", "States": {
              "Set": {"Type": "Pass", "Assign": {"factor": 10}, "Next": "M"},
              "M": {"Type": "Map", "End": true, "ItemProcessor": {"StartAt": "Inner", "States": {
                "Inner": {"Type": "Pass", "Assign": {"local.$": "$"}, "Next": "Use"},
                "Use": {"Type": "Pass",
                  "Parameters": {"f.$": "$factor", "l.$": "$local"}, "End": true}}}}}}
            """);

    // when
    h.start("[1, 2]");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("[{\"f\": 10, \"l\": 1}, {\"f\": 10, \"l\": 2}]"));
  }

  @Test
  void shouldNotLeakIterationVariablesIntoTheOuterScope() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "M", "States": {
              "M": {"Type": "Map", "Next": "W", "ItemProcessor": {"StartAt": "Inner", "States": {
                "Inner": {"Type": "Pass", "Assign": {"inner": true}, "End": true}}}},
              "W": {"Type": "Wait", "Seconds": 1, "End": true}}}
            """);

    // when
    h.start("[1]");

    // then
    assertThat(h.state().frame("").orElseThrow().variables().lookup("inner")).isEmpty();
  }

  @Test
  void shouldLetParallelBranchesReadOuterVariables() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "Set", "States": {
              "Set": {"Type": "Pass", "Assign": {"who": "outer"}, "Next": "P"},
              "P": {"Type": "Parallel", "End": true, "Branches": [
                {"StartAt": "B", "States": {"B": {"Type": "Pass",
                  "Parameters": {"who.$": "$who"}, "End": true}}}]}}}
            """);

    // when
    h.start("{}");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("[{\"who\": \"outer\"}]"));
  }

  @Test
  void shouldAssignFromTheErrorOutputWhenACatcherHasAssign() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "T", "States": {
              "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Report", "ResultPath": null,
                           "Assign": {"failedWith.$": "$.Error"}}]},
              "Report": {"Type": "Pass", "Parameters": {"error.$": "$failedWith"}, "End": true}}}
            """);
    h.start("{}");

    // when
    h.fail("T", "Worker.Crashed", "");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("{\"error\": \"Worker.Crashed\"}"));
  }

  @Test
  void shouldAssignWhenAChoiceRuleIsTaken() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "C", "States": {
              "C": {"Type": "Choice", "Choices": [{"Variable": "$.go", "BooleanEquals": true,
                "Assign": {"route": "yes"}, "Next": "Out"}], "Default": "Out"},
              "Out": {"Type": "Pass", "Parameters": {"route.$": "$route"}, "End": true}}}
            """);

    // when
    h.start("{\"go\": true}");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("{\"route\": \"yes\"}"));
  }

  @Test
  void shouldAssignFromTheTaskResultAfterResultSelector() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "T", "States": {
              "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "U",
                "ResultSelector": {"n.$": "$.Payload.n"}, "Assign": {"n.$": "$.n"},
                "ResultPath": null},
              "U": {"Type": "Pass", "Parameters": {"n.$": "$n"}, "End": true}}}
            """);
    h.start("{}");

    // when
    h.succeed("T", "{\"Payload\": {\"n\": 9}}");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("{\"n\": 9}"));
  }
}
