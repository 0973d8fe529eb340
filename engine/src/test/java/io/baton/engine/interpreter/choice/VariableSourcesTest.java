package io.baton.engine.interpreter.choice;

import static io.baton.engine.interpreter.choice.ChoiceFixture.context;
import static io.baton.engine.interpreter.choice.ChoiceFixture.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.data.DataContext;
import io.baton.engine.error.FailureException;
import io.baton.engine.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A Variable or Path operand may read the input, the context object or a workflow variable. */
class VariableSourcesTest {
  private static final DataContext DATA =
      context(
          "{\"limit\": 10, \"name\": \"in-input\"}",
          "{\"Execution\": {\"Input\": {\"input-value\": 0}}, \"State\": {\"Name\": \"Check\"}}",
          Map.<String, JsonNode>of(
              "count", Json.parse("7"),
              "order", Json.parse("{\"status\": \"PAID\", \"items\": [{\"price\": 12.5}]}")));

  @Test
  void shouldReadAWorkflowVariable() {
    // when / then
    assertThat(matches("{\"Variable\": \"$count\", \"NumericLessThan\": 10}")).isTrue();
    assertThat(matches("{\"Variable\": \"$count\", \"NumericEquals\": 10}")).isFalse();
  }

  @Test
  void shouldReadInsideAWorkflowVariable() {
    // when / then
    assertThat(matches("{\"Variable\": \"$order.status\", \"StringEquals\": \"PAID\"}")).isTrue();
    assertThat(matches("{\"Variable\": \"$order.items[0].price\", \"NumericGreaterThan\": 12}"))
        .isTrue();
  }

  @Test
  void shouldReadTheContextObject() {
    // when / then
    assertThat(
            matches(
                "{\"Variable\": \"$$.Execution.Input.input-value\", \"NumericLessThanEquals\": 0}"))
        .isTrue();
    assertThat(matches("{\"Variable\": \"$$.State.Name\", \"StringEquals\": \"Check\"}")).isTrue();
  }

  @Test
  void shouldComparePathOperandsAcrossSources() {
    // when / then
    assertThat(matches("{\"Variable\": \"$count\", \"NumericLessThanPath\": \"$.limit\"}"))
        .isTrue();
    assertThat(matches("{\"Variable\": \"$.limit\", \"NumericGreaterThanPath\": \"$count\"}"))
        .isTrue();
    assertThat(
            matches(
                "{\"Variable\": \"$$.Execution.Input.input-value\","
                    + " \"NumericLessThanPath\": \"$order.items[0].price\"}"))
        .isTrue();
  }

  @Test
  void shouldTestThePresenceOfAVariable() {
    // when / then
    assertThat(matches("{\"Variable\": \"$count\", \"IsPresent\": true}")).isTrue();
    assertThat(matches("{\"Variable\": \"$unknown\", \"IsPresent\": false}")).isTrue();
    assertThat(matches("{\"Variable\": \"$order.missing\", \"IsPresent\": false}")).isTrue();
  }

  @Test
  void shouldFailWhenAnUnassignedVariableIsCompared() {
    // when
    final FailureException failure =
        catchThrowableOfType(
            () -> matches("{\"Variable\": \"$unknown\", \"StringEquals\": \"x\"}"),
            FailureException.class);

    // then
    assertThat(failure.errorCause())
        .isEqualTo(
            "Invalid path '$unknown': The choice state's condition path references an invalid"
                + " value.");
  }

  private static boolean matches(String json) {
    return ChoiceEvaluator.matches(rule(json), DATA);
  }
}
