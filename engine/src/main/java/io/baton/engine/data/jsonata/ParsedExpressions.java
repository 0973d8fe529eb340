package io.baton.engine.data.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bounded cache of parsed expressions, shared by all threads.
 *
 * <p>Why sharing is safe, and what it takes, for dashjoin jsonata 0.9.8:
 *
 * <ul>
 *   <li>{@code evaluate(input, bindings)} copies the bindings into a fresh frame under the
 *       expression's root frame and only reads the parsed tree, so concurrent evaluations of one
 *       parsed expression do not interfere.
 *   <li>But the library keeps one scratch instance per thread, and that is the last instance
 *       constructed on the thread. Each evaluation on the thread overwrites the scratch's root
 *       frame with its own bindings, so a cached expression serving as scratch would later see the
 *       variables of some other evaluation. After parsing, this class therefore constructs a
 *       throwaway instance to be the thread's scratch, so a cached expression is never one. (A
 *       thread that has constructed no instance gets a copy as its scratch, which is also safe.)
 *   <li>The library offers no way to inspect an expression's root frame, so this is prevention
 *       only; {@code ParsedExpressionsTest} pins it.
 *   <li>Nothing may call {@code assign} or {@code registerFunction} on a cached expression: the
 *       values of one evaluation go in the frame passed to {@code evaluate}.
 * </ul>
 */
final class ParsedExpressions {
  private static final int CAPACITY = 4096;
  private static final ConcurrentHashMap<String, Jsonata> CACHE = new ConcurrentHashMap<>();

  private ParsedExpressions() {}

  /** The parsed expression; throws the library's {@link JException} on a syntax error. */
  static Jsonata get(String expression) {
    final Jsonata cached = CACHE.get(expression);
    if (cached != null) {
      return cached;
    }
    final Jsonata parsed = Jsonata.jsonata(expression);
    // The constructor just made the new instance this thread's scratch; hand that role on.
    Jsonata.jsonata("null");
    if (CACHE.size() >= CAPACITY) {
      CACHE.clear();
    }
    CACHE.put(expression, parsed);
    return parsed;
  }
}
