package io.baton.engine.data.jsonata;

import com.dashjoin.jsonata.JException;
import io.baton.engine.json.Json;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a library error as the text AWS puts after "threw an error during evaluation".
 *
 * <ul>
 *   <li>A coded JSONata error reads {@code "T2001: The left side of ..."}.
 *   <li>dashjoin 0.9.8's message catalogue says "Object" where jsonata-js says "function", quotes
 *       argument indexes and leaves T0412's type unfilled; those are repaired to read as jsonata-js
 *       (the engine AWS runs) writes them. Other messages pass through unchanged.
 *   <li>A Java exception escaping the library is reported by its message, and a failed number
 *       conversion as JSONata's D3030.
 * </ul>
 */
final class JsonataMessages {
  private static final Set<String> FUNCTION_WORDING =
      Set.of(
          "D3001", "D3010", "D3011", "D3020", "D3040", "D3050", "D3060", "D3061", "D3070", "D3100",
          "D3110", "D3120", "D3121", "D3138", "D3139", "S0208", "T0410", "T0411", "T0412", "T1010",
          "T2006");
  private static final Pattern QUOTED_INDEX = Pattern.compile("^Argument \"(\\d+)\"");
  private static final Pattern NUMBER_FORMAT = Pattern.compile("^For input string: (\".*\")$");
  private static final Map<String, String> ARRAY_TYPES =
      Map.of(
          "a", "arrays",
          "b", "booleans",
          "f", "functions",
          "n", "numbers",
          "o", "objects",
          "s", "strings");

  private JsonataMessages() {}

  /** A failure's code (when it has one) and its message. */
  record Detail(Optional<String> code, String message) {}

  static Detail of(RuntimeException error) {
    if (error instanceof EvaluationError own) {
      return new Detail(own.code(), own.getMessage());
    }
    if (error instanceof JException library) {
      return new Detail(Optional.ofNullable(library.getError()), repaired(library));
    }
    final String message = error.getMessage() == null ? error.toString() : error.getMessage();
    if (error instanceof NumberFormatException) {
      final Matcher input = NUMBER_FORMAT.matcher(message);
      if (input.matches()) {
        return new Detail(
            Optional.of("D3030"), "Unable to cast value to a number: " + input.group(1));
      }
    }
    return new Detail(Optional.empty(), message);
  }

  private static String repaired(JException error) {
    final String code = error.getError();
    String message = error.getMessage() == null ? String.valueOf(code) : error.getMessage();
    if ("T0412".equals(code)) {
      final String type = ARRAY_TYPES.getOrDefault(String.valueOf(error.getExpected()), "values");
      return "Argument " + quoted(error.getCurrent()) + " must be an array of \"" + type + "\"";
    }
    if (FUNCTION_WORDING.contains(code)) {
      message = message.replaceAll("\\bObject\\b", "function");
      message = QUOTED_INDEX.matcher(message).replaceFirst("Argument $1");
    }
    return message;
  }

  private static String quoted(Object value) {
    return value != null && JsonataValues.isJson(value)
        ? Json.write(JsonataValues.toJson(value))
        : String.valueOf(value);
  }
}
