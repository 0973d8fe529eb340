package io.baton.engine.definition.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Checks JSONPath payload templates (Parameters, ResultSelector, ItemSelector, Assign, …).
 *
 * <ul>
 *   <li>A key ending in {@code .$} must have a string value that is a path or an intrinsic function
 *       call; anything else is an error.
 *   <li>A plain key whose value looks like a path gets a NO_DOLLAR warning.
 *   <li>Walks nested objects and arrays to a bounded depth; never throws.
 * </ul>
 */
final class PayloadTemplate {
  private static final int MAX_DEPTH = 200;

  private PayloadTemplate() {}

  static void check(ValidationContext ctx, JsonNode template, Pointer at) {
    walk(ctx, template, at, 0);
  }

  /** Whether a plain string value looks like it was meant to be evaluated. */
  static boolean looksLikePath(String value) {
    return value.startsWith("$.") || value.startsWith("$$.") || value.startsWith("States.");
  }

  private static void walk(ValidationContext ctx, JsonNode node, Pointer at, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(ctx, node.get(i), at.index(i), depth + 1);
      }
      return;
    }
    final Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      final Map.Entry<String, JsonNode> field = fields.next();
      final Pointer fieldAt = at.field(field.getKey());
      if (field.getKey().endsWith(".$")) {
        dynamicValue(ctx, field.getKey(), field.getValue(), fieldAt);
      } else {
        if (field.getValue().isTextual() && looksLikePath(field.getValue().textValue())) {
          ctx.warning(
              DiagnosticCodes.NO_DOLLAR,
              "The value of the field '"
                  + field.getKey()
                  + "' looks like a JSONPath or intrinsic function, but the field name does not"
                  + " end with '.$'",
              fieldAt);
        }
        walk(ctx, field.getValue(), fieldAt, depth + 1);
      }
    }
  }

  private static void dynamicValue(ValidationContext ctx, String key, JsonNode value, Pointer at) {
    final String expected =
        "The value for the field '"
            + key
            + "' must be a valid JSONPath or a valid intrinsic"
            + " function call";
    if (!value.isTextual()) {
      ctx.schema(expected + ", but is not a STRING", at);
      return;
    }
    final String text = value.textValue();
    if (IntrinsicSyntax.looksLikeCall(text)) {
      IntrinsicSyntax.problem(text).ifPresent(problem -> ctx.schema(expected + ": " + problem, at));
    } else if (!PathSyntax.isPath(text)) {
      ctx.schema(expected + ": '" + text + "'", at);
    }
  }
}
