package io.baton.engine.definition.validate;

import com.jayway.jsonpath.JsonPath;
import java.util.Optional;

/**
 * Syntax of ASL paths, for validation only (evaluation lives in the data package).
 *
 * <ul>
 *   <li>A path starts at {@code $} (the input), {@code $$} (the context object) or {@code $name} (a
 *       variable).
 *   <li>A reference path names at most one node: only {@code .name}, {@code ['name']} and {@code
 *       [n]} steps, no wildcards, slices, filters or deep scans.
 *   <li>Any other path must be valid JSONPath (checked with Jayway, the library AWS documents).
 *   <li>Never throws, whatever the text.
 * </ul>
 */
final class PathSyntax {
  /** What a path is evaluated against. */
  enum Root {
    INPUT,
    CONTEXT,
    VARIABLE
  }

  private PathSyntax() {}

  /** The root of a path-looking string, or empty when it does not start with {@code $}. */
  static Optional<Root> root(String path) {
    if (path.startsWith("$$")) {
      return Optional.of(Root.CONTEXT);
    }
    if (!path.startsWith("$")) {
      return Optional.empty();
    }
    return Optional.of(
        path.length() > 1 && isNameStart(path.charAt(1)) ? Root.VARIABLE : Root.INPUT);
  }

  /** Whether {@code path} is a reference path: a valid path that names at most one node. */
  static boolean isReferencePath(String path) {
    final int start = stepsStart(path);
    return start >= 0 && referenceSteps(path, start);
  }

  /** Whether {@code path} is any valid path (reference path or general JSONPath). */
  static boolean isPath(String path) {
    final int start = stepsStart(path);
    if (start < 0) {
      return false;
    }
    if (referenceSteps(path, start)) {
      return true;
    }
    if (!balanced(path)) {
      // Jayway accepts some unbalanced paths such as "$.a[", which AWS rejects.
      return false;
    }
    try {
      JsonPath.compile("$" + path.substring(start));
      return true;
    } catch (RuntimeException e) {
      // Jayway reports bad syntax with several unchecked exception types.
      return false;
    }
  }

  /** Whether brackets and parentheses outside quotes open and close in order. */
  private static boolean balanced(String path) {
    final StringBuilder open = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < path.length(); i++) {
      final char c = path.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '[' || c == '(') {
        open.append(c == '[' ? ']' : ')');
      } else if (c == ']' || c == ')') {
        if (open.length() == 0 || open.charAt(open.length() - 1) != c) {
          return false;
        }
        open.setLength(open.length() - 1);
      }
    }
    return open.length() == 0 && quote == 0;
  }

  /** Index of the first step after the root, or -1 when the root is missing. */
  private static int stepsStart(String path) {
    final Optional<Root> root = root(path);
    if (root.isEmpty()) {
      return -1;
    }
    if (root.get() == Root.CONTEXT) {
      return 2;
    }
    int i = 1;
    if (root.get() == Root.VARIABLE) {
      while (i < path.length() && isNamePart(path.charAt(i))) {
        i++;
      }
    }
    return i;
  }

  private static boolean referenceSteps(String path, int from) {
    int i = from;
    while (i < path.length()) {
      final char c = path.charAt(i);
      if (c == '.') {
        final int start = ++i;
        while (i < path.length() && !isSpecial(path.charAt(i))) {
          i++;
        }
        if (i == start) {
          return false;
        }
      } else if (c == '[') {
        i = bracketStep(path, i + 1);
        if (i < 0) {
          return false;
        }
      } else {
        return false;
      }
    }
    return true;
  }

  /** Parses {@code 'name']}, {@code "name"]} or {@code 12]}; returns the index after it or -1. */
  private static int bracketStep(String path, int i) {
    if (i >= path.length()) {
      return -1;
    }
    final char c = path.charAt(i);
    int end;
    if (c == '\'' || c == '"') {
      end = path.indexOf(c, i + 1);
      if (end < 0) {
        return -1;
      }
      end++;
    } else {
      end = i;
      while (end < path.length() && Character.isDigit(path.charAt(end))) {
        end++;
      }
      if (end == i) {
        return -1;
      }
    }
    return end < path.length() && path.charAt(end) == ']' ? end + 1 : -1;
  }

  private static boolean isSpecial(char c) {
    return ".[]*?@()'\"$,".indexOf(c) >= 0 || Character.isWhitespace(c);
  }

  static boolean isNameStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  static boolean isNamePart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
