package io.baton.engine.interpreter.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.IdSource;
import io.baton.engine.data.DataContext;
import io.baton.engine.data.Variables;
import io.baton.engine.definition.choice.ChoiceRule;
import io.baton.engine.definition.choice.ChoiceRuleParser;
import io.baton.engine.json.Json;
import java.time.Instant;
import java.util.Map;

/** Builds rules and data contexts from JSON text for the Choice evaluator tests. */
final class ChoiceFixture {
  private static final IdSource NO_IDS =
      new IdSource() {
        @Override
        public String newUuid() {
          throw new UnsupportedOperationException("Choice rules never ask for ids");
        }

        @Override
        public double nextDouble() {
          throw new UnsupportedOperationException("Choice rules never ask for randomness");
        }
      };

  private ChoiceFixture() {}

  static ChoiceRule rule(String json) {
    return ChoiceRuleParser.parse(Json.parse(json));
  }

  static DataContext input(String json) {
    return context(json, "{}", Map.of());
  }

  static DataContext context(String input, String contextObject, Map<String, JsonNode> variables) {
    return new DataContext(
        Json.parse(input),
        Json.parse(contextObject),
        Variables.EMPTY.with(variables),
        NO_IDS,
        Instant.parse("2024-01-01T00:00:00Z"));
  }

  /** Whether the rule written as JSON matches the input written as JSON. */
  static boolean matches(String rule, String input) {
    return ChoiceEvaluator.matches(rule(rule), input(input));
  }

  /** A one-comparison rule on {@code $.v} with a literal operand, as JSON text. */
  static String literalRule(String operator, String operandJson) {
    return "{\"Variable\": \"$.v\", \"" + operator + "\": " + operandJson + "}";
  }

  /** A one-comparison rule comparing {@code $.v} with {@code $.w} through a Path operator. */
  static String pathRule(String operator) {
    return "{\"Variable\": \"$.v\", \"" + operator + "\": \"$.w\"}";
  }

  /** An input object holding {@code v} (and {@code w} when given), from JSON value texts. */
  static String values(String v, String w) {
    return "{\"v\": " + v + ", \"w\": " + w + "}";
  }
}
