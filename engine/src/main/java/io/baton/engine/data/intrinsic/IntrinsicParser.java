package io.baton.engine.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.data.JsonPaths;
import io.baton.engine.json.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses an intrinsic expression such as {@code States.Format('Hi {}', $.name)} into an {@link
 * Expr.Call}.
 *
 * <ul>
 *   <li>Accepts string literals in single quotes (escapes {@code \' \{ \} \\} only), JSON numbers,
 *       {@code true}, {@code false}, {@code null}, paths and nested calls, with blanks around
 *       arguments.
 *   <li>Rejects unknown function names, invalid paths and more than {@value #MAX_NESTING} nested
 *       calls, as AWS does when a state machine is created.
 *   <li>Does not check argument counts or types: AWS reports those when the function runs.
 * </ul>
 */
final class IntrinsicParser {
  static final int MAX_NESTING = 10;
  private static final String PREFIX = "States.";
  private static final Pattern NUMBER =
      Pattern.compile("-?(?:0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]+");
  private static final Map<String, JsonNode> KEYWORDS =
      Map.of(
          "true", Json.NODES.booleanNode(true),
          "false", Json.NODES.booleanNode(false),
          "null", Json.NODES.nullNode());

  private final String text;
  private int pos;

  private IntrinsicParser(String text) {
    this.text = text;
  }

  /** The call {@code text} denotes; throws {@link IntrinsicException} when it is not valid. */
  static Expr.Call parse(String text) {
    final IntrinsicParser parser = new IntrinsicParser(text);
    final Expr.Call call = parser.call(1);
    parser.skipBlanks();
    if (parser.pos < text.length()) {
      throw parser.unexpected("the end of the expression");
    }
    return call;
  }

  private Expr.Call call(int depth) {
    if (depth > MAX_NESTING) {
      throw new IntrinsicException(
          "Expected at most " + MAX_NESTING + " nested intrinsic functions, but found more");
    }
    if (!text.startsWith(PREFIX, pos)) {
      throw unexpected("'" + PREFIX + "'");
    }
    final Matcher name = NAME.matcher(text).region(pos + PREFIX.length(), text.length());
    if (!name.lookingAt()) {
      throw unexpected("a function name after '" + PREFIX + "'");
    }
    final String function = PREFIX + name.group();
    if (!Functions.isKnown(function)) {
      throw new IntrinsicException("Unknown intrinsic function '" + function + "'");
    }
    pos = name.end();
    skipBlanks();
    expect('(');
    final List<Expr> args = new ArrayList<>();
    skipBlanks();
    if (peek() == ')') {
      pos++;
      return new Expr.Call(function, args);
    }
    while (true) {
      skipBlanks();
      args.add(argument(depth));
      skipBlanks();
      if (peek() == ')') {
        pos++;
        return new Expr.Call(function, args);
      }
      expect(',');
    }
  }

  private Expr argument(int depth) {
    final char c = peek();
    if (c == '\'') {
      return string();
    }
    if (c == '$') {
      return path();
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      return number();
    }
    if (text.startsWith(PREFIX, pos)) {
      return call(depth + 1);
    }
    for (Map.Entry<String, JsonNode> keyword : KEYWORDS.entrySet()) {
      final String token = keyword.getKey();
      if (text.startsWith(token, pos) && endsToken(pos + token.length())) {
        pos += token.length();
        return new Expr.Literal(keyword.getValue(), token);
      }
    }
    throw unexpected("an argument");
  }

  private Expr.Literal string() {
    final int start = ++pos;
    final StringBuilder value = new StringBuilder();
    while (pos < text.length()) {
      final char c = text.charAt(pos);
      if (c == '\'') {
        pos++;
        return new Expr.Literal(
            Json.NODES.textNode(value.toString()), text.substring(start, pos - 1));
      }
      if (c == '\\') {
        final char escaped = pos + 1 < text.length() ? text.charAt(pos + 1) : ' ';
        if ("'{}\\".indexOf(escaped) < 0) {
          throw new IntrinsicException(
              "Expected one of \\' \\{ \\} \\\\ at position " + pos + ", but found an open '\\'");
        }
        value.append(escaped);
        pos += 2;
      } else {
        value.append(c);
        pos++;
      }
    }
    throw new IntrinsicException(
        "Expected a closing ' for the string starting at position " + (start - 1));
  }

  private Expr.Literal number() {
    final Matcher m = NUMBER.matcher(text).region(pos, text.length());
    if (!m.lookingAt() || !endsToken(m.end())) {
      throw unexpected("a number");
    }
    final String token = m.group();
    pos = m.end();
    if (m.group(1) == null && m.group(2) == null) {
      return new Expr.Literal(integer(new BigInteger(token)), token);
    }
    return new Expr.Literal(Json.NODES.numberNode(new BigDecimal(token)), token);
  }

  private static JsonNode integer(BigInteger value) {
    if (value.bitLength() < 32) {
      return Json.NODES.numberNode(value.intValue());
    }
    if (value.bitLength() < 64) {
      return Json.NODES.numberNode(value.longValue());
    }
    return Json.NODES.numberNode(value);
  }

  /** A path runs to the first blank, comma or closing parenthesis outside brackets and quotes. */
  private Expr.Path path() {
    final int start = pos;
    int depth = 0;
    char quote = 0;
    for (; pos < text.length(); pos++) {
      final char c = text.charAt(pos);
      if (quote != 0) {
        if (c == '\\') {
          pos++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if ((c == '\'' || c == '"') && depth > 0) {
        quote = c;
      } else if (c == '[' || c == '(') {
        depth++;
      } else if ((c == ']' || c == ')') && depth > 0) {
        depth--;
      } else if (depth == 0 && (c == ',' || c == ')' || isBlank(c))) {
        break;
      }
    }
    final String path = text.substring(start, pos);
    if (!JsonPaths.isValid(path)) {
      throw new IntrinsicException(
          "Expected a valid path at position " + start + ", but found '" + path + "'");
    }
    return new Expr.Path(path);
  }

  private boolean endsToken(int at) {
    if (at >= text.length()) {
      return true;
    }
    final char c = text.charAt(at);
    return c == ',' || c == ')' || isBlank(c);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw unexpected("'" + c + "'");
    }
    pos++;
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : 0;
  }

  private void skipBlanks() {
    while (pos < text.length() && isBlank(text.charAt(pos))) {
      pos++;
    }
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private IntrinsicException unexpected(String wanted) {
    final String found = pos < text.length() ? "'" + text.substring(pos) + "'" : "the end";
    return new IntrinsicException(
        "Expected " + wanted + " at position " + pos + ", but found " + found);
  }
}
