package io.baton.engine.data.jsonata;

import static io.baton.engine.data.jsonata.JsonataFixtures.causeOf;
import static io.baton.engine.data.jsonata.JsonataFixtures.context;
import static io.baton.engine.data.jsonata.JsonataFixtures.eval;
import static io.baton.engine.data.jsonata.JsonataFixtures.json;
import static io.baton.engine.data.jsonata.JsonataFixtures.states;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonataEvaluatorTest {

  @Test
  void shouldReadStatesInputAndContext() {
    // when
    final JsonNode result =
        eval("{'n': $states.input.n * 2, 'run': $states.context.Execution.Name}", "{\"n\": 21}");

    // then
    assertThat(result).isEqualTo(json("{\"n\":42,\"run\":\"run-1\"}"));
  }

  @Test
  void shouldBindEveryVisibleVariable() {
    // given
    final var ctx = context(Map.of("total", json("3"), "names", json("[\"a\",\"b\"]")));

    // when
    final JsonNode result =
        JsonataEvaluator.evaluate("$total & ':' & $join($names, ',')", ctx, states("{}"));

    // then
    assertThat(result).isEqualTo(json("\"3:a,b\""));
  }

  @Test
  void shouldReturnMissingNodeWhenUndefined() {
    // when
    final JsonNode result = eval("$states.input.absent");

    // then
    assertThat(result.isMissingNode()).isTrue();
  }

  @Test
  void shouldTellJsonNullFromUndefined() {
    // when / then
    assertThat(eval("$states.input.present", "{\"present\": null}").isNull()).isTrue();
    assertThat(eval("null").isNull()).isTrue();
    assertThat(eval("$states.input.items[0]", "{\"items\": [null]}").isNull()).isTrue();
    assertThat(eval("$states.input.items[1]", "{\"items\": [null]}").isMissingNode()).isTrue();
    assertThat(eval("$exists($states.input.present)", "{\"present\": null}"))
        .isEqualTo(json("true"));
  }

  @Test
  void shouldReturnIntegralResultsAsIntegers() {
    // when / then
    assertThat(eval("$sum([1, 2, 3]) + 1").toString()).isEqualTo("7");
    assertThat(eval("6 / 2").toString()).isEqualTo("3");
    assertThat(eval("$number('2')").toString()).isEqualTo("2");
    assertThat(eval("1 / 4").toString()).isEqualTo("0.25");
    assertThat(eval("$states.input.big", "{\"big\": 9007199254740993}").toString())
        .isEqualTo("9007199254740993");
  }

  @Test
  void shouldKeepEmptyAndSingletonArraysFromTheInput() {
    // when / then
    assertThat(eval("$states.input.none", "{\"none\": []}")).isEqualTo(json("[]"));
    assertThat(eval("$states.input.one", "{\"one\": [7]}")).isEqualTo(json("[7]"));
  }

  @Test
  void shouldSupportRegularExpressionsAndLocalBindings() {
    // when / then
    assertThat(eval("$contains('hello$world', /^hello\\$/)")).isEqualTo(json("true"));
    assertThat(eval("($x := 1; $x + 1)")).isEqualTo(json("2"));
  }

  @Test
  void shouldFailWithASyntaxError() {
    // when / then
    assertThat(causeOf(() -> eval("1 +")))
        .isEqualTo(
            "The JSONata expression '1 +' specified for the field 'Output' threw an error during"
                + " evaluation. S0207: Unexpected end of expression");
  }

  @Test
  void shouldFailWithTheCodedJsonataError() {
    // when / then
    assertThat(causeOf(() -> eval("'a' + 1")))
        .isEqualTo(
            "The JSONata expression ''a' + 1' specified for the field 'Output' threw an error"
                + " during evaluation. T2001: The left side of the \"+\" operator must evaluate to"
                + " a number");
  }

  @Test
  void shouldWordSignatureErrorsAsJsonataJsDoes() {
    // when / then
    assertThat(causeOf(() -> eval("$uppercase(1)")))
        .isEqualTo(
            "The JSONata expression '$uppercase(1)' specified for the field 'Output' threw an"
                + " error during evaluation. T0410: Argument 1 of function \"uppercase\" does not"
                + " match function signature");
    assertThat(causeOf(() -> eval("$sum(['a'])")))
        .isEqualTo(
            "The JSONata expression '$sum(['a'])' specified for the field 'Output' threw an error"
                + " during evaluation. T0412: Argument [\"a\"] must be an array of \"numbers\"");
  }

  @Test
  void shouldReportAFailedNumberCastAsD3030() {
    // when / then
    assertThat(causeOf(() -> eval("$number('x')")))
        .isEqualTo(
            "The JSONata expression '$number('x')' specified for the field 'Output' threw an"
                + " error during evaluation. D3030: Unable to cast value to a number: \"x\"");
  }

  @Test
  void shouldLeaveOutTheFieldWhenThereIsNone() {
    // when / then
    assertThat(causeOf(() -> JsonataEvaluator.evaluate("$foo()", context(), states("{}"))))
        .isEqualTo(
            "The JSONata expression '$foo()' threw an error during evaluation. T1006: Attempted"
                + " to invoke a non-function");
  }

  @Test
  void shouldMakeEvalUnavailable() {
    // when / then
    assertThat(causeOf(() -> eval("$eval('1 + 1')")))
        .isEqualTo(
            "The JSONata expression '$eval('1 + 1')' specified for the field 'Output' threw an"
                + " error during evaluation. T1006: Attempted to invoke a non-function");
  }

  @Test
  void shouldFailOnAFunctionResult() {
    // when / then
    assertThat(causeOf(() -> eval("function($x) { $x }")))
        .isEqualTo(
            "The JSONata expression 'function($x) { $x }' specified for the field 'Output'"
                + " returned an unsupported result type.");
  }

  @Test
  void shouldReportSyntaxErrorsForValidation() {
    // when / then
    assertThat(JsonataEvaluator.syntaxError("$states.input.a")).isEmpty();
    assertThat(JsonataEvaluator.syntaxError("1 +")).contains("S0207: Unexpected end of expression");
  }
}
