package io.baton.engine.data.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.data.DataContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the bindings of one evaluation: Step Functions' functions, the workflow variables and
 * {@code $states}, in that order, so a variable may shadow a function and nothing shadows {@code
 * $states}.
 *
 * <ul>
 *   <li>Binds only names the expression text mentions. JSONata can reach a variable or function
 *       only by writing {@code $name} ({@code $eval} is unavailable), so this changes no result; it
 *       only spares converting every variable for every expression.
 *   <li>Never touches the parsed expression: the frame it returns is handed to {@code evaluate}.
 * </ul>
 */
final class Bindings {
  private static final String STATES = "states";

  private Bindings() {}

  static Jsonata.Frame frame(String expression, DataContext ctx, JsonNode states) {
    final var frame = new Jsonata.Frame(null);
    AwsFunctions.ALL.forEach(
        (name, function) -> bindIfMentioned(frame, expression, name, function));
    ContextFunctions.bind(frame, expression, ctx);
    for (Map.Entry<String, JsonNode> variable : ctx.variables().visible().entrySet()) {
      if (mentions(expression, variable.getKey())) {
        frame.bind(variable.getKey(), JsonataValues.toJava(variable.getValue()));
      }
    }
    if (mentions(expression, STATES)) {
      frame.bind(STATES, JsonataValues.toJava(states));
    }
    return frame;
  }

  /** Whether {@code $name} occurs in the text; a superset of the names the expression uses. */
  static boolean mentions(String expression, String name) {
    return expression.contains("$" + name);
  }

  static void bindIfMentioned(Jsonata.Frame frame, String expression, String name, Object value) {
    if (mentions(expression, name)) {
      // The Object overload: binding a function would rename its shared signature on every call.
      frame.bind(name, value);
    }
  }

  /**
   * A function with a JSONata signature, which the library needs to pass it to {@code $map} and the
   * other higher-order functions.
   */
  static Jsonata.JFunction function(String name, Function<List<?>, Object> body, String signature) {
    final var function = new Jsonata.JFunction((input, args) -> body.apply(args), signature);
    // Binding once names the signature, so the library's own argument errors name the function.
    new Jsonata.Frame(null).bind(name, function);
    return function;
  }

  /** The argument at an index, {@code null} when it is missing, undefined or JSON null. */
  static Object arg(List<?> args, int index) {
    final Object value = index < args.size() ? args.get(index) : null;
    return value == Jsonata.NULL_VALUE ? null : value;
  }

  /** A number argument truncated towards zero, as AWS rounds the arguments of its functions. */
  static long truncate(Object value, int argument, String function) {
    if (!(value instanceof Number number)) {
      throw EvaluationError.signature(argument, function);
    }
    final double real = number.doubleValue();
    if (!Double.isFinite(real) || Math.abs(real) >= 0x1p63) {
      throw EvaluationError.signature(argument, function);
    }
    return number instanceof Long whole ? whole : (long) real;
  }
}
