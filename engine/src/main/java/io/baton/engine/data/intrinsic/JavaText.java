package io.baton.engine.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Renders a JSON value the way AWS's Java implementation prints it with {@code toString()}.
 *
 * <ul>
 *   <li>Strings appear without quotes, {@code null} as {@code null}, integers as written and other
 *       numbers as Java doubles print ({@code 1.1}, {@code 1.0E-5}).
 *   <li>Arrays look like {@code [a, b]} and objects like {@code {key=value, other=[]}}, in key
 *       order, recursively; this is what AWS returns from States.Format for such values.
 *   <li>States.ArrayContains compares these renderings, which is why AWS finds {@code "true"} in an
 *       array when looking for {@code true} and misses an object whose keys are reordered.
 * </ul>
 */
final class JavaText {
  private JavaText() {}

  static String render(JsonNode value) {
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isIntegralNumber()) {
      return value.bigIntegerValue().toString();
    }
    if (value.isNumber()) {
      return Double.toString(value.doubleValue());
    }
    if (value.isArray()) {
      final StringJoiner out = new StringJoiner(", ", "[", "]");
      for (JsonNode element : value) {
        out.add(render(element));
      }
      return out.toString();
    }
    if (value.isObject()) {
      final StringJoiner out = new StringJoiner(", ", "{", "}");
      final Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
      while (fields.hasNext()) {
        final Map.Entry<String, JsonNode> field = fields.next();
        out.add(field.getKey() + "=" + render(field.getValue()));
      }
      return out.toString();
    }
    return value.asText();
  }
}
