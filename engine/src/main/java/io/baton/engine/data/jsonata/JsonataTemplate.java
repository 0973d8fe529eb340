package io.baton.engine.data.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.data.DataContext;
import io.baton.engine.error.FailureException;
import io.baton.engine.json.Json;
import java.util.Iterator;
import java.util.Map;

/**
 * Evaluates a JSONata-mode field value: {@code Arguments}, {@code Output}, each {@code Assign}
 * value, {@code Items}, {@code ItemSelector}, {@code Condition}, {@code Seconds} and the like.
 *
 * <ul>
 *   <li>A string of exactly the form {@code {% expr %}} (no whitespace outside the delimiters) is
 *       evaluated; objects and arrays are walked, evaluating such strings at any depth; every other
 *       value, including any other string, is a literal and is returned as is.
 *   <li>An expression that evaluates to undefined fails with {@code States.QueryEvaluationError},
 *       naming the field relative to the state: the field itself ({@code Output}), then {@code
 *       /key} for each object key and {@code [i]} for each array index ({@code Output/a/b[0]}).
 *       JSON {@code null} is a value and keeps its place.
 *   <li>Pass {@code "Assign"} with the whole {@code Assign} object, so a failing variable reads
 *       {@code Assign/name}.
 * </ul>
 */
public final class JsonataTemplate {
  private static final String OPEN = "{%";
  private static final String CLOSE = "%}";

  private JsonataTemplate() {}

  /** Whether a string value is a JSONata expression, {@code {% ... %}}. */
  public static boolean isExpression(String value) {
    return value.length() >= OPEN.length() + CLOSE.length()
        && value.startsWith(OPEN)
        && value.endsWith(CLOSE);
  }

  /** The expression inside {@code {% ... %}}, without the surrounding whitespace. */
  public static String expressionOf(String value) {
    if (!isExpression(value)) {
      throw new IllegalArgumentException(
          "Expected a JSONata expression of the form {% ... %}, but was: " + value);
    }
    return value.substring(OPEN.length(), value.length() - CLOSE.length()).strip();
  }

  /**
   * Evaluates a field value.
   *
   * @param template the field's value in the definition
   * @param fieldName the field's name, which failures use ({@code Output}, {@code Assign}, {@code
   *     Choices[0]/Output})
   * @param states the {@code $states} binding
   * @throws FailureException {@code States.QueryEvaluationError} on any failure
   */
  public static JsonNode evaluate(
      JsonNode template, String fieldName, DataContext ctx, JsonNode states) {
    if (template.isTextual() && isExpression(template.textValue())) {
      final String expression = expressionOf(template.textValue());
      final JsonNode value = JsonataEvaluator.evaluate(expression, fieldName, ctx, states);
      if (value.isMissingNode()) {
        throw JsonataFailures.undefined(expression, fieldName);
      }
      return value;
    }
    if (template.isObject()) {
      final ObjectNode result = Json.object();
      final Iterator<Map.Entry<String, JsonNode>> fields = template.fields();
      while (fields.hasNext()) {
        final Map.Entry<String, JsonNode> field = fields.next();
        result.set(
            field.getKey(),
            evaluate(field.getValue(), fieldName + "/" + field.getKey(), ctx, states));
      }
      return result;
    }
    if (template.isArray()) {
      final ArrayNode result = Json.NODES.arrayNode(template.size());
      for (int i = 0; i < template.size(); i++) {
        result.add(evaluate(template.get(i), fieldName + "[" + i + "]", ctx, states));
      }
      return result;
    }
    return template;
  }
}
