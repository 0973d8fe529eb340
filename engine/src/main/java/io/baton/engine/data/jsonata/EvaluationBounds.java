package io.baton.engine.data.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Utils;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;

/**
 * Watches one evaluation through the library's entry and exit hooks: bounds its depth, its work and
 * the size of the values it builds, and remembers the root's raw result.
 *
 * <ul>
 *   <li>Depth: at most {@value #MAX_DEPTH} nested evaluation steps, AWS's own ceiling, counted as
 *       the library's timebox counts them.
 *   <li>Work: at most {@value #MAX_STEPS} steps. JSONata turns a tail call into a loop, so a
 *       recursion without a base case never overflows; AWS ends it with a timeout, Baton with this
 *       step budget, because the engine may not read a clock.
 *   <li>Memory: a string or array result may hold at most {@value #MAX_BYTES} bytes, counting a
 *       character as one byte and an element as eight, as AWS does.
 *   <li>The library answers JSON {@code null} and undefined alike with a Java {@code null}; the
 *       root step's raw result, seen here, tells the two apart.
 * </ul>
 */
final class EvaluationBounds {
  static final int MAX_DEPTH = 100;
  static final long MAX_STEPS = 10_000_000L;
  static final long MAX_BYTES = 6_990_256L;
  static final String STACK_OVERFLOW =
      "Stack overflow error: Check for non-terminating recursive function.  "
          + "Consider rewriting as tail-recursive.";
  static final String TIMEOUT = "Expression evaluation timeout: Check for infinite loop";
  static final String MEMORY =
      "Expression evaluation memory limit exceeded: Check for excessive memory usage";

  private static final Object UNSET = new Object();

  private int depth;
  private long steps;
  private Object root = UNSET;

  /**
   * Installs the hooks on a frame. The library's callback interfaces name a type it does not
   * export, so they can only be implemented through a dynamic proxy.
   */
  void install(Jsonata.Frame frame) {
    frame.setEvaluateEntryCallback(proxy(Jsonata.EntryCallback.class, this::entered));
    frame.setEvaluateExitCallback(proxy(Jsonata.ExitCallback.class, this::exited));
  }

  /** Whether the root step's result was JSON {@code null} (rather than undefined). */
  boolean rootWasNull() {
    if (root == Jsonata.NULL_VALUE) {
      return true;
    }
    return root instanceof List<?> list
        && Utils.isSequence(list)
        && list.size() == 1
        && list.get(0) == Jsonata.NULL_VALUE;
  }

  private void entered(Object[] args) {
    if (isParallel(args[2])) {
      return;
    }
    depth++;
    steps++;
    if (depth > MAX_DEPTH) {
      throw EvaluationError.uncoded(STACK_OVERFLOW);
    }
    if (steps > MAX_STEPS) {
      throw EvaluationError.uncoded(TIMEOUT);
    }
  }

  private void exited(Object[] args) {
    if (isParallel(args[2])) {
      return;
    }
    depth--;
    final Object result = args[3];
    if (bytes(result) > MAX_BYTES) {
      throw EvaluationError.uncoded(MEMORY);
    }
    // The root step exits last, so the final assignment is its result.
    root = result;
  }

  private static boolean isParallel(Object frame) {
    return frame instanceof Jsonata.Frame f && f.isParallelCall;
  }

  private static long bytes(Object value) {
    if (value instanceof String text) {
      return text.length();
    }
    if (value instanceof List<?> list) {
      return 8L * list.size();
    }
    return 0;
  }

  private interface Hook {
    void call(Object[] args);
  }

  private static <T> T proxy(Class<T> type, Hook hook) {
    final InvocationHandler handler =
        (Object self, Method method, Object[] args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return objectMethod(self, method, args);
          }
          hook.call(args);
          return null;
        };
    return type.cast(
        Proxy.newProxyInstance(
            EvaluationBounds.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static Object objectMethod(Object self, Method method, Object[] args) {
    switch (method.getName()) {
      case "equals":
        return self == args[0];
      case "hashCode":
        return System.identityHashCode(self);
      default:
        return "EvaluationBounds hook";
    }
  }
}
