package io.baton.engine.interpreter;

import static io.baton.engine.testkit.HistoryAssert.assertThatHistory;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.execution.ExecutionStatus;
import io.baton.engine.execution.HistoryJson;
import io.baton.engine.json.Json;
import io.baton.engine.testkit.ExecutionHarness;
import io.baton.engine.testkit.HarnessExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PassStateTest {
  @RegisterExtension final HarnessExtension engine = new HarnessExtension();

  private ExecutionHarness pass(String fields) {
    return engine.harness(
        """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", %s "End": true}}}
        """
            .formatted(fields));
  }

  @Test
  void shouldOutputResultWhenResultIsSet() {
    // given
    final ExecutionHarness h = pass("\"Result\": {\"x\": 1},");

    // when
    h.start("{\"a\": 1}");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("{\"x\": 1}"));
    assertThatHistory(h)
        .hasTypes("ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded")
        .hasContiguousIds();
  }

  @Test
  void shouldPassInputThroughWhenNothingIsSet() {
    // given
    final ExecutionHarness h = pass("");

    // when
    h.start("{\"a\": [1, 2]}");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("{\"a\": [1, 2]}"));
  }

  @Test
  void shouldResolveParameterPathsWhenKeysEndInDollar() {
    // given
    final ExecutionHarness h =
        pass(
            "\"Parameters\": {\"v.$\": \"$.a.b\", \"lit\": \"$.a\", \"nested\": {\"w.$\": \"$.c\"}},");

    // when
    h.start("{\"a\": {\"b\": 7}, \"c\": [true]}");

    // then
    assertThat(h.output())
        .isEqualTo(Json.parse("{\"v\": 7, \"lit\": \"$.a\", \"nested\": {\"w\": [true]}}"));
  }

  @Test
  void shouldApplyInputPathBeforeParameters() {
    // given
    final ExecutionHarness h =
        pass("\"InputPath\": \"$.inner\", \"Parameters\": {\"v.$\": \"$.x\"},");

    // when
    h.start("{\"inner\": {\"x\": \"deep\"}, \"x\": \"shallow\"}");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("{\"v\": \"deep\"}"));
  }

  @Test
  void shouldPlaceResultInInputWhenResultPathIsSet() {
    // given
    final ExecutionHarness h = pass("\"Result\": 5, \"ResultPath\": \"$.out.value\",");

    // when
    h.start("{\"keep\": true}");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("{\"keep\": true, \"out\": {\"value\": 5}}"));
  }

  @Test
  void shouldKeepInputWhenResultPathIsNull() {
    // given
    final ExecutionHarness h = pass("\"Result\": 5, \"ResultPath\": null,");

    // when
    h.start("{\"keep\": true}");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("{\"keep\": true}"));
  }

  @Test
  void shouldUseEmptyObjectWhenInputPathIsNull() {
    // given
    final ExecutionHarness h = pass("\"InputPath\": null,");

    // when
    h.start("{\"dropped\": 1}");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("{}"));
  }

  @Test
  void shouldOutputEmptyObjectWhenOutputPathIsNull() {
    // given
    final ExecutionHarness h = pass("\"Result\": {\"x\": 1}, \"OutputPath\": null,");

    // when
    h.start("{}");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("{}"));
  }

  @Test
  void shouldSelectOutputWithOutputPathAfterResultPath() {
    // given
    final ExecutionHarness h =
        pass("\"Result\": {\"x\": 1}, \"ResultPath\": \"$.r\", \"OutputPath\": \"$.r.x\",");

    // when
    h.start("{\"in\": 0}");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("1"));
  }

  @Test
  void shouldFailWithRuntimeErrorWhenParameterPathFindsNothing() {
    // given
    final ExecutionHarness h = pass("\"Parameters\": {\"v.$\": \"$.missing\"},");

    // when
    h.start("{\"a\": 1}");

    // then
    assertThat(h.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(h.state().error()).contains("States.Runtime");
    assertThat(h.state().cause().orElseThrow())
        .startsWith("An error occurred while executing the state 'P' (entered at the event id #2).")
        .contains("The JSONPath '$.missing' specified for the field 'v.$' could not be found");
    assertThatHistory(h).hasTypes("ExecutionStarted", "PassStateEntered", "ExecutionFailed");
  }

  @Test
  void shouldRunAChainOfPassStatesInOneDecision() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Result": 1, "ResultPath": "$.a", "Next": "B"},
              "B": {"Type": "Pass", "Result": 2, "ResultPath": "$.b", "Next": "C"},
              "C": {"Type": "Pass", "Parameters": {"sum.$": "States.MathAdd($.a, $.b)"}, "End": true}
            }}
            """);

    // when
    final Decision decision = h.start("{}");

    // then
    assertThat(h.decisions()).hasSize(1);
    assertThat(decision.effects()).singleElement().isInstanceOf(Effect.ExecutionEnded.class);
    assertThat(h.output()).isEqualTo(Json.parse("{\"sum\": 3}"));
    assertThat(h.onlyDetails("ExecutionSucceeded").path("output"))
        .isEqualTo(Json.parse("{\"sum\": 3}"));
  }

  @Test
  void shouldRecordInputAndOutputAsJsonTextInTheAwsHistory() {
    // given
    final ExecutionHarness h = pass("\"Result\": {\"r\": 1},");

    // when
    h.start("{\"in\": \"x\"}");

    // then
    assertThat(h.onlyDetails("PassStateEntered").path("input"))
        .isEqualTo(Json.parse("{\"in\": \"x\"}"));
    assertThat(HistoryJson.awsDetails((ObjectNode) h.onlyDetails("PassStateEntered")))
        .isEqualTo(
            Json.parse(
                "{\"name\": \"P\", \"input\": \"{\\\"in\\\":\\\"x\\\"}\","
                    + " \"inputDetails\": {\"truncated\": false}}"));
    assertThat(HistoryJson.awsDetails((ObjectNode) h.onlyDetails("PassStateExited")))
        .isEqualTo(
            Json.parse(
                "{\"name\": \"P\", \"output\": \"{\\\"r\\\":1}\","
                    + " \"outputDetails\": {\"truncated\": false}}"));
  }
}
