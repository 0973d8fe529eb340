package io.baton.engine.interpreter.choice;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code StringMatches} pattern language: {@code *} matches any run of characters (including
 * none); every other character matches itself.
 *
 * <ul>
 *   <li>{@code \*} is a literal asterisk and {@code \\} a literal backslash (written {@code \\*}
 *       and {@code \\\\} inside JSON text). A backslash before anything else is itself literal.
 *   <li>Linear in practice and never worse than pattern length times text length: there is no
 *       regular expression and so no catastrophic backtracking.
 * </ul>
 */
final class WildcardPattern {
  private WildcardPattern() {}

  /** Whether {@code text} matches {@code pattern} as a whole. */
  static boolean matches(String pattern, String text) {
    final List<String> parts = literalParts(pattern);
    final String first = parts.get(0);
    if (parts.size() == 1) {
      return text.equals(first);
    }
    final String last = parts.get(parts.size() - 1);
    if (text.length() < first.length() + last.length()
        || !text.startsWith(first)
        || !text.endsWith(last)) {
      return false;
    }
    // Between the fixed ends, taking each middle part at its leftmost place is optimal: it leaves
    // the most room for the parts after it.
    int at = first.length();
    final int end = text.length() - last.length();
    for (String part : parts.subList(1, parts.size() - 1)) {
      final int found = text.indexOf(part, at);
      if (found < 0 || found + part.length() > end) {
        return false;
      }
      at = found + part.length();
    }
    return true;
  }

  /** The literal text between unescaped asterisks: n asterisks give n + 1 parts. */
  private static List<String> literalParts(String pattern) {
    final List<String> parts = new ArrayList<>();
    final StringBuilder part = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      final char c = pattern.charAt(i);
      final boolean escapes =
          c == '\\'
              && i + 1 < pattern.length()
              && (pattern.charAt(i + 1) == '*' || pattern.charAt(i + 1) == '\\');
      if (escapes) {
        part.append(pattern.charAt(++i));
      } else if (c == '*') {
        parts.add(part.toString());
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    parts.add(part.toString());
    return parts;
  }
}
