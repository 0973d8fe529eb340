package io.baton.engine.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.data.intrinsic.Intrinsics;
import io.baton.engine.error.ErrorNames;
import io.baton.engine.error.FailureException;
import io.baton.engine.json.Json;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates a JSONPath-mode payload template (Parameters, ResultSelector, ItemSelector, Assign):
 * keys ending in {@code .$} take their value from a path or an intrinsic function; other values are
 * copied, recursing into objects and arrays.
 */
public final class PayloadTemplate {
  private PayloadTemplate() {}

  public static JsonNode evaluate(JsonNode template, DataContext ctx) {
    if (template.isObject()) {
      return evaluateObject((ObjectNode) template, ctx);
    }
    if (template.isArray()) {
      final ArrayNode out = Json.NODES.arrayNode(template.size());
      for (JsonNode element : template) {
        out.add(evaluate(element, ctx));
      }
      return out;
    }
    return template;
  }

  private static JsonNode evaluateObject(ObjectNode template, DataContext ctx) {
    final ObjectNode out = Json.NODES.objectNode();
    final Iterator<Map.Entry<String, JsonNode>> fields = template.fields();
    while (fields.hasNext()) {
      final Map.Entry<String, JsonNode> field = fields.next();
      final String key = field.getKey();
      if (key.endsWith(".$") && field.getValue().isTextual()) {
        out.set(
            key.substring(0, key.length() - 2), dynamicValue(key, field.getValue().asText(), ctx));
      } else {
        out.set(key, evaluate(field.getValue(), ctx));
      }
    }
    return out;
  }

  /** The value of one {@code key.$} entry: an intrinsic call or a path. */
  public static JsonNode dynamicValue(String key, String expression, DataContext ctx) {
    if (Intrinsics.isIntrinsic(expression)) {
      return Intrinsics.evaluate(expression, ctx);
    }
    final Optional<JsonNode> value = JsonPaths.find(expression, ctx);
    if (value.isEmpty()) {
      throw new FailureException(
          ErrorNames.RUNTIME,
          "The JSONPath '"
              + expression
              + "' specified for the field '"
              + key
              + "' could not be found in the input '"
              + Json.write(ctx.input())
              + "'");
    }
    return value.get();
  }
}
