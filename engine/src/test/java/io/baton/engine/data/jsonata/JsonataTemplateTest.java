package io.baton.engine.data.jsonata;

import static io.baton.engine.data.jsonata.JsonataFixtures.causeOf;
import static io.baton.engine.data.jsonata.JsonataFixtures.context;
import static io.baton.engine.data.jsonata.JsonataFixtures.json;
import static io.baton.engine.data.jsonata.JsonataFixtures.states;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonataTemplateTest {

  private static JsonNode evaluate(String template, String field, String input) {
    return JsonataTemplate.evaluate(
        json(template), field, context(Map.of("one", json("1"))), states(input));
  }

  @Test
  void shouldRecogniseOnlyStringsWrappedInDelimiters() {
    // when / then
    assertThat(JsonataTemplate.isExpression("{% $x %}")).isTrue();
    assertThat(JsonataTemplate.isExpression("{%$x%}")).isTrue();
    assertThat(JsonataTemplate.isExpression(" {% $x %}")).isFalse();
    assertThat(JsonataTemplate.isExpression("{% $x %} ")).isFalse();
    assertThat(JsonataTemplate.isExpression("{%}")).isFalse();
    assertThat(JsonataTemplate.isExpression("$x")).isFalse();
    assertThat(JsonataTemplate.expressionOf("{%  $x + 1 %}")).isEqualTo("$x + 1");
  }

  @Test
  void shouldEvaluateAWholeFieldExpression() {
    // when
    final JsonNode result =
        evaluate("\"{% $sum($states.input.values) + $one %}\"", "Output", "{\"values\":[1,2,3]}");

    // then
    assertThat(result).isEqualTo(json("7"));
  }

  @Test
  void shouldWalkObjectsAndArraysAndKeepLiterals() {
    // given
    final String template =
        "{\"a\": \"{% $states.input.x %}\", \"b\": [1, \"{% $number('2') %}\", \"$one\"],"
            + " \"c\": {\"d\": \"{% null %}\", \"e\": \"plain\"}, \"f\": true, \"g\": \" {% 1 %}\"}";

    // when
    final JsonNode result = evaluate(template, "Arguments", "{\"x\": \"y\"}");

    // then
    assertThat(result)
        .isEqualTo(
            json(
                "{\"a\": \"y\", \"b\": [1, 2, \"$one\"], \"c\": {\"d\": null, \"e\": \"plain\"},"
                    + " \"f\": true, \"g\": \" {% 1 %}\"}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "[]", "\"string literal\"", "42", "null"})
  void shouldReturnLiteralsAsTheyAre(String literal) {
    // when / then
    assertThat(evaluate(literal, "Output", "{}")).isEqualTo(json(literal));
  }

  @Test
  void shouldNameTheWholeFieldWhenItsExpressionIsUndefined() {
    // when / then
    assertThat(causeOf(() -> evaluate("\"{% $doesNotExist %}\"", "Output", "{}")))
        .isEqualTo(
            "The JSONata expression '$doesNotExist' specified for the field 'Output' returned"
                + " nothing (undefined).");
  }

  @Test
  void shouldNameNestedKeysAndIndexesWhenUndefined() {
    // when / then
    assertThat(causeOf(() -> evaluate("{\"result\": \"{% $doesNotExist %}\"}", "Output", "{}")))
        .isEqualTo(
            "The JSONata expression '$doesNotExist' specified for the field 'Output/result'"
                + " returned nothing (undefined).");
    assertThat(causeOf(() -> evaluate("{\"result\": \"{% $doesNotExist %}\"}", "Assign", "{}")))
        .contains("for the field 'Assign/result' returned nothing");
    assertThat(causeOf(() -> evaluate("{\"a\": {\"b\": [0, \"{% $no %}\"]}}", "Output", "{}")))
        .contains("for the field 'Output/a/b[1]' returned nothing");
    assertThat(causeOf(() -> evaluate("[\"{% $no %}\"]", "Items", "{}")))
        .contains("for the field 'Items[0]' returned nothing");
  }

  @Test
  void shouldNameTheFieldOfAnEvaluationError() {
    // when / then
    assertThat(causeOf(() -> evaluate("{\"v\": \"{% 'a' - 1 %}\"}", "Output", "{}")))
        .startsWith(
            "The JSONata expression ''a' - 1' specified for the field 'Output/v' threw an error"
                + " during evaluation. T2001:");
  }

  @Test
  void shouldRefuseToUnwrapAPlainString() {
    // when / then
    assertThatThrownBy(() -> JsonataTemplate.expressionOf("plain"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
