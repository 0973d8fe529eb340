package io.baton.engine.definition.validate;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Syntax of intrinsic function calls such as {@code States.Format('{}', $.a)}, for validation.
 *
 * <ul>
 *   <li>Knows the 18 intrinsic functions and how many arguments each takes.
 *   <li>Arguments are string literals in single quotes, numbers, booleans, null, paths or nested
 *       calls.
 *   <li>Returns a description of the first problem; never throws.
 * </ul>
 */
final class IntrinsicSyntax {
  private static final int MANY = Integer.MAX_VALUE;
  private static final Map<String, int[]> ARITY =
      Map.ofEntries(
          Map.entry("States.Format", new int[] {1, MANY}),
          Map.entry("States.StringToJson", new int[] {1, 1}),
          Map.entry("States.JsonToString", new int[] {1, 1}),
          Map.entry("States.Array", new int[] {0, MANY}),
          Map.entry("States.ArrayPartition", new int[] {2, 2}),
          Map.entry("States.ArrayContains", new int[] {2, 2}),
          Map.entry("States.ArrayRange", new int[] {3, 3}),
          Map.entry("States.ArrayGetItem", new int[] {2, 2}),
          Map.entry("States.ArrayLength", new int[] {1, 1}),
          Map.entry("States.ArrayUnique", new int[] {1, 1}),
          Map.entry("States.Base64Encode", new int[] {1, 1}),
          Map.entry("States.Base64Decode", new int[] {1, 1}),
          Map.entry("States.Hash", new int[] {2, 2}),
          Map.entry("States.JsonMerge", new int[] {3, 3}),
          Map.entry("States.MathRandom", new int[] {2, 3}),
          Map.entry("States.MathAdd", new int[] {2, 2}),
          Map.entry("States.StringSplit", new int[] {2, 2}),
          Map.entry("States.UUID", new int[] {0, 0}));
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
  private static final int MAX_NESTING = 50;

  private final String text;
  private int pos;

  private IntrinsicSyntax(String text) {
    this.text = text;
  }

  /** Whether the text is meant as an intrinsic call (it may still be malformed). */
  static boolean looksLikeCall(String text) {
    return text.startsWith("States.");
  }

  /** The problem with the call, or empty when it is well formed. */
  static Optional<String> problem(String text) {
    final IntrinsicSyntax parser = new IntrinsicSyntax(text);
    String problem = parser.call(0);
    if (problem == null) {
      parser.skipSpaces();
      if (parser.pos < text.length()) {
        problem = "unexpected text after the call at position " + parser.pos;
      }
    }
    return Optional.ofNullable(problem);
  }

  private String call(int depth) {
    if (depth > MAX_NESTING) {
      return "intrinsic functions are nested too deeply";
    }
    final int open = text.indexOf('(', pos);
    if (open < 0) {
      return "missing '(' after the function name";
    }
    final String name = text.substring(pos, open).trim();
    final int[] arity = ARITY.get(name);
    if (arity == null) {
      return "unknown intrinsic function '" + name + "'";
    }
    pos = open + 1;
    int args = 0;
    skipSpaces();
    if (peek() == ')') {
      pos++;
    } else {
      while (true) {
        final String problem = argument(depth);
        if (problem != null) {
          return problem;
        }
        args++;
        skipSpaces();
        final char c = peek();
        pos++;
        if (c == ')') {
          break;
        }
        if (c != ',') {
          return "expected ',' or ')' at position " + (pos - 1);
        }
      }
    }
    if (args < arity[0] || args > arity[1]) {
      return name + " takes " + arityText(arity) + " but was given " + args;
    }
    return null;
  }

  private String argument(int depth) {
    skipSpaces();
    final char c = peek();
    if (c == '\'') {
      return stringLiteral();
    }
    if (c == '$') {
      final int start = pos;
      skipPath();
      final String path = text.substring(start, pos);
      return PathSyntax.isPath(path) ? null : "invalid path argument '" + path + "'";
    }
    if (text.startsWith("States.", pos)) {
      return call(depth + 1);
    }
    final int start = pos;
    while (pos < text.length() && ",) ".indexOf(text.charAt(pos)) < 0) {
      pos++;
    }
    final String literal = text.substring(start, pos);
    if (NUMBER.matcher(literal).matches() || literal.matches("true|false|null")) {
      return null;
    }
    return "invalid argument '" + literal + "' at position " + start;
  }

  private String stringLiteral() {
    final int start = pos++;
    while (pos < text.length()) {
      final char c = text.charAt(pos++);
      if (c == '\\') {
        pos++;
      } else if (c == '\'') {
        return null;
      }
    }
    return "unterminated string literal at position " + start;
  }

  /** Moves past a path argument: up to a ',' or ')' outside brackets and quotes. */
  private void skipPath() {
    int brackets = 0;
    char quote = 0;
    while (pos < text.length()) {
      final char c = text.charAt(pos);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '[' || c == '(') {
        brackets++;
      } else if (c == ']' || (c == ')' && brackets > 0)) {
        brackets--;
      } else if (brackets == 0 && (c == ',' || c == ')' || Character.isWhitespace(c))) {
        return;
      }
      pos++;
    }
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : 0;
  }

  private static String arityText(int[] arity) {
    if (arity[0] == arity[1]) {
      return arity[0] + (arity[0] == 1 ? " argument" : " arguments");
    }
    return arity[1] == MANY
        ? "at least " + arity[0] + " arguments"
        : arity[0] + " to " + arity[1] + " arguments";
  }
}
