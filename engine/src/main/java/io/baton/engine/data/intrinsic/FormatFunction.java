package io.baton.engine.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.json.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * States.Format: the template (first argument) with each {@code {}} replaced by the next argument.
 *
 * <ul>
 *   <li>The template is a string literal, or a string a path or nested call produced.
 *   <li>In a literal template {@code \{} and {@code \}} are plain braces; any other brace must be
 *       part of a {@code {}} placeholder.
 *   <li>There must be exactly as many arguments after the template as placeholders.
 *   <li>Values are inserted as AWS prints them: strings bare, objects as {@code {a=1, b=[]}}; see
 *       {@link JavaText}.
 * </ul>
 */
final class FormatFunction {
  private static final String UNCLOSED = "matching '}' not found for '{'.";
  private static final String UNOPENED = "matching '{' not found for '}'.";

  private FormatFunction() {}

  static JsonNode format(Invocation call) {
    call.requireCount(1, Integer.MAX_VALUE);
    final Argument template = call.argument(0);
    if (!template.value().isTextual()) {
      throw call.invalid();
    }
    final List<String> pieces =
        template.isStringLiteral()
            ? split(template.raw(), true)
            : split(template.value().textValue(), false);
    if (pieces.size() != call.count()) {
      throw call.invalid();
    }
    final StringBuilder out = new StringBuilder(pieces.get(0));
    for (int i = 1; i < pieces.size(); i++) {
      out.append(JavaText.render(call.value(i))).append(pieces.get(i));
    }
    return Json.NODES.textNode(out.toString());
  }

  /** The text around the placeholders: one more piece than there are placeholders. */
  private static List<String> split(String template, boolean escapes) {
    final List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    for (int i = 0; i < template.length(); i++) {
      final char c = template.charAt(i);
      if (escapes && c == '\\' && i + 1 < template.length()) {
        piece.append(template.charAt(++i));
      } else if (c == '{') {
        if (i + 1 >= template.length() || template.charAt(i + 1) != '}') {
          throw invalidTemplate(UNCLOSED);
        }
        pieces.add(piece.toString());
        piece = new StringBuilder();
        i++;
      } else if (c == '}') {
        throw invalidTemplate(UNOPENED);
      } else {
        piece.append(c);
      }
    }
    pieces.add(piece.toString());
    return pieces;
  }

  private static IntrinsicException invalidTemplate(String detail) {
    return new IntrinsicException("Invalid template in States.Format: " + detail);
  }
}
