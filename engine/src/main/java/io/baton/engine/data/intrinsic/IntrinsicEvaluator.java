package io.baton.engine.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.data.DataContext;
import io.baton.engine.data.JsonPaths;
import io.baton.engine.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates a parsed call: resolves its arguments left to right, then applies the function.
 *
 * <ul>
 *   <li>A path argument must match something; an explicit {@code null} is a value, a missing field
 *       or an index past the end is not. AWS then reports the path (a {@code $$} path with one
 *       {@code $} less) and the state input, whichever root the path searched.
 *   <li>Reads only {@code ctx}; never touches the clock or a global random source.
 * </ul>
 */
final class IntrinsicEvaluator {
  private IntrinsicEvaluator() {}

  static JsonNode evaluate(Expr.Call call, DataContext ctx) {
    final List<Argument> args = new ArrayList<>(call.args().size());
    for (Expr arg : call.args()) {
      args.add(argument(arg, ctx));
    }
    final IntrinsicFunction function =
        Functions.find(call.name())
            .orElseThrow(() -> new IntrinsicException("Unknown intrinsic function " + call.name()));
    return function.apply(new Invocation(call.name(), args, ctx));
  }

  private static Argument argument(Expr arg, DataContext ctx) {
    if (arg instanceof Expr.Literal literal) {
      return new Argument(literal.value(), true, literal.raw());
    }
    if (arg instanceof Expr.Path path) {
      return Argument.computed(resolve(path.path(), ctx));
    }
    if (arg instanceof Expr.Call call) {
      return Argument.computed(evaluate(call, ctx));
    }
    throw new IllegalStateException("Unexpected intrinsic argument " + arg);
  }

  private static JsonNode resolve(String path, DataContext ctx) {
    Optional<JsonNode> value;
    try {
      value = JsonPaths.find(path, ctx);
    } catch (IllegalArgumentException e) {
      value = Optional.empty();
    }
    return value.orElseThrow(
        () ->
            new IntrinsicException(
                "The JsonPath argument for the field '"
                    + (path.startsWith("$$") ? path.substring(1) : path)
                    + "' could not be found in the input '"
                    + Json.write(ctx.input())
                    + "'"));
  }
}
