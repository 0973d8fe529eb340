package io.baton.engine.data.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.baton.engine.data.DataContext;
import io.baton.engine.error.FailureException;
import io.baton.engine.json.Json;
import java.util.Optional;

/**
 * Evaluates one JSONata expression (the text inside {@code {% ... %}}) the way Step Functions does.
 *
 * <ul>
 *   <li>Binds {@code $states} and every visible workflow variable as {@code $name}; the expression
 *       has no context item, so a bare {@code $} or field name at the top level finds nothing.
 *   <li>Adds Step Functions' {@code $partition}, {@code $range}, {@code $hash}, {@code $random},
 *       {@code $uuid} and {@code $parse}; {@code $eval} is unavailable. Time and randomness come
 *       only from the {@link DataContext}.
 *   <li>Returns a {@link MissingNode} when the expression evaluates to undefined; deciding whether
 *       that is allowed is the caller's business ({@link JsonataTemplate} fails on it).
 *   <li>Fails only with {@link FailureException} {@code States.QueryEvaluationError}, for syntax
 *       errors, evaluation errors, exceeded bounds and non-JSON results.
 *   <li>Thread-safe; parsed expressions are cached and shared.
 * </ul>
 */
public final class JsonataEvaluator {
  private JsonataEvaluator() {}

  /** Evaluates an expression that belongs to no particular field. */
  public static JsonNode evaluate(String expression, DataContext ctx, JsonNode states) {
    return evaluate(expression, "", ctx, states);
  }

  /**
   * Evaluates an expression written in a field, which failures name (e.g. {@code Output/result};
   * see {@link JsonataFailures} for the naming rules).
   */
  public static JsonNode evaluate(
      String expression, String field, DataContext ctx, JsonNode states) {
    final Jsonata parsed;
    try {
      parsed = ParsedExpressions.get(expression);
    } catch (JException e) {
      throw JsonataFailures.threw(expression, field, JsonataMessages.of(e));
    }
    final Jsonata.Frame frame = Bindings.frame(expression, ctx, states);
    final var bounds = new EvaluationBounds();
    bounds.install(frame);
    final Object result;
    try {
      result = parsed.evaluate(null, frame);
    } catch (StackOverflowError e) {
      throw JsonataFailures.threw(
          expression,
          field,
          new JsonataMessages.Detail(Optional.empty(), EvaluationBounds.STACK_OVERFLOW));
    } catch (RuntimeException e) {
      throw JsonataFailures.threw(expression, field, JsonataMessages.of(e));
    }
    if (result == null) {
      return bounds.rootWasNull() ? Json.NODES.nullNode() : MissingNode.getInstance();
    }
    if (!JsonataValues.isJson(result)) {
      throw JsonataFailures.unsupportedType(expression, field);
    }
    return JsonataValues.toJson(result);
  }

  /**
   * The syntax error of an expression, if it has one, as {@code "S0201: Syntax error: ..."}; for
   * validating a definition before it runs.
   */
  public static Optional<String> syntaxError(String expression) {
    try {
      ParsedExpressions.get(expression);
      return Optional.empty();
    } catch (JException e) {
      final JsonataMessages.Detail detail = JsonataMessages.of(e);
      return Optional.of(detail.code().map(code -> code + ": ").orElse("") + detail.message());
    }
  }
}
