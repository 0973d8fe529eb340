package io.baton.engine.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.data.DataContext;
import io.baton.engine.error.ErrorNames;
import io.baton.engine.error.FailureException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The entry point to the Amazon States Language intrinsic functions ({@code States.Format(...)} and
 * the 17 others) used in JSONPath payload templates and Fail state paths.
 *
 * <ul>
 *   <li>{@link #evaluate} returns the function's JSON result, or throws {@link FailureException}
 *       with error {@code States.Runtime} (AWS reports intrinsic failures under that name, not
 *       {@code States.IntrinsicFailure}) and a cause of the form {@code The function '<expression>'
 *       had the following error: <detail>}. The caller prefixes the state name and event id.
 *   <li>{@link #syntaxError} finds what AWS rejects when a state machine is created (bad syntax,
 *       unknown function, invalid path, deeper than 10 nested calls). Argument counts and types are
 *       runtime failures, as on AWS.
 *   <li>Pure: randomness and ids come only from the context's {@code IdSource}.
 * </ul>
 */
public final class Intrinsics {
  private static final String PREFIX = "States.";
  private static final int CACHE_LIMIT = 10_000;
  private static final ConcurrentHashMap<String, Expr.Call> CACHE = new ConcurrentHashMap<>();

  private Intrinsics() {}

  /** True when the string is an intrinsic call, i.e. starts with {@code States.}. */
  public static boolean isIntrinsic(String s) {
    return s.startsWith(PREFIX);
  }

  /** Evaluates e.g. {@code States.Format('Hello {}', $.name)}; throws on unusable arguments. */
  public static JsonNode evaluate(String expression, DataContext ctx) {
    try {
      return IntrinsicEvaluator.evaluate(parse(expression), ctx);
    } catch (IntrinsicException e) {
      throw new FailureException(
          ErrorNames.RUNTIME,
          "The function '" + expression + "' had the following error: " + e.getMessage());
    }
  }

  /** Parse-only syntax check for the validator: empty when fine, else a message. */
  public static Optional<String> syntaxError(String expression) {
    try {
      parse(expression);
      return Optional.empty();
    } catch (IntrinsicException e) {
      return Optional.of(e.getMessage());
    }
  }

  private static Expr.Call parse(String expression) {
    final Expr.Call cached = CACHE.get(expression);
    if (cached != null) {
      return cached;
    }
    final Expr.Call call = IntrinsicParser.parse(expression);
    if (CACHE.size() < CACHE_LIMIT) {
      CACHE.put(expression, call);
    }
    return call;
  }
}
