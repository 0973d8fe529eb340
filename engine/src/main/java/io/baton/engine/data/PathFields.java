package io.baton.engine.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.error.ErrorNames;
import io.baton.engine.error.FailureException;
import io.baton.engine.json.Json;
import java.util.List;
import java.util.Optional;

/**
 * The JSONPath-mode path fields: InputPath and OutputPath select, ResultPath places.
 *
 * <ul>
 *   <li>An empty Optional stands for an explicit JSON null: InputPath/OutputPath give {@code {}},
 *       ResultPath discards the result and keeps the input.
 *   <li>A path that matches nothing fails with States.Runtime, in AWS's words.
 * </ul>
 */
public final class PathFields {
  private PathFields() {}

  /** Applies InputPath or OutputPath to {@code value}. */
  public static JsonNode select(Optional<String> path, JsonNode value, DataContext ctx) {
    if (path.isEmpty()) {
      return Json.object();
    }
    final String p = path.get();
    if ("$".equals(p)) {
      return value;
    }
    final Optional<JsonNode> found = JsonPaths.find(p, ctx.withInput(value));
    if (found.isEmpty()) {
      throw new FailureException(
          ErrorNames.RUNTIME, "Invalid path '" + p + "' : No results for path: " + bracketed(p));
    }
    return found.get();
  }

  /** Places {@code result} into {@code input} at ResultPath, returning a new value. */
  public static JsonNode place(Optional<String> resultPath, JsonNode input, JsonNode result) {
    if (resultPath.isEmpty()) {
      return input;
    }
    final String p = resultPath.get();
    if ("$".equals(p)) {
      return result;
    }
    final Optional<List<Object>> segments = JsonPaths.segments(p);
    if (segments.isEmpty()) {
      throw new FailureException(
          ErrorNames.RESULT_PATH_MATCH_FAILURE,
          "Unable to apply ReferencePath " + p + " to input " + Json.write(input));
    }
    return placeAt(segments.get(), 0, input, result, p);
  }

  private static JsonNode placeAt(
      List<Object> segments, int at, JsonNode node, JsonNode result, String path) {
    if (at == segments.size()) {
      return result;
    }
    final Object segment = segments.get(at);
    if (segment instanceof Integer index) {
      if (!node.isArray() || index >= node.size()) {
        throw mismatch(path, node);
      }
      final ArrayNode copy = ((ArrayNode) node).deepCopy();
      copy.set(index, placeAt(segments, at + 1, node.get(index), result, path));
      return copy;
    }
    final ObjectNode copy;
    if (node.isObject()) {
      copy = ((ObjectNode) node).deepCopy();
    } else if (node.isMissingNode() || node.isNull() && at > 0) {
      copy = Json.object();
    } else {
      throw mismatch(path, node);
    }
    final JsonNode child = copy.path((String) segment);
    copy.set(
        (String) segment,
        placeAt(segments, at + 1, child.isObject() ? child : Json.object(), result, path));
    return copy;
  }

  private static FailureException mismatch(String path, JsonNode input) {
    return new FailureException(
        ErrorNames.RESULT_PATH_MATCH_FAILURE,
        "Unable to apply ReferencePath " + path + " to input " + Json.write(input));
  }

  /** Jayway's rendering of a path in its error messages: {@code $['a']['b'][0]}. */
  public static String bracketed(String path) {
    final Optional<List<Object>> segments = JsonPaths.segments(path);
    if (segments.isEmpty()) {
      return path;
    }
    final StringBuilder out = new StringBuilder("$");
    for (Object segment : segments.get()) {
      if (segment instanceof Integer) {
        out.append('[').append(segment).append(']');
      } else {
        out.append("['").append(segment).append("']");
      }
    }
    return out.toString();
  }
}
