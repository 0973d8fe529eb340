package io.baton.engine.definition.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Checks the Retry and Catch arrays of Task, Parallel and Map states.
 *
 * <ul>
 *   <li>ErrorEquals is a non-empty array of strings; {@code States.ALL} must be alone in it, and a
 *       retrier or catcher with {@code States.ALL} must be the last one.
 *   <li>Retriers: IntervalSeconds ≥ 1, MaxAttempts ≥ 0, BackoffRate ≥ 1.0, MaxDelaySeconds ≥ 1,
 *       JitterStrategy FULL or NONE.
 *   <li>Catchers: Next is required (its target is checked with the other transitions), ResultPath
 *       is a reference path (JSONPath), Output is JSONata only, Assign in both.
 * </ul>
 */
final class RetryCatchCheck {
  private static final long MAX_SECONDS = 99_999_999L;
  private static final long MAX_DELAY_SECONDS = 31_622_400L;
  private static final String ALL = "States.ALL";
  private static final Set<String> RETRIER_FIELDS =
      Set.of(
          "ErrorEquals",
          "IntervalSeconds",
          "MaxAttempts",
          "BackoffRate",
          "MaxDelaySeconds",
          "JitterStrategy",
          "Comment");
  private static final Set<String> CATCHER_FIELDS =
      Set.of("ErrorEquals", "Next", "ResultPath", "Comment", "Assign", "Output");

  private RetryCatchCheck() {}

  static void retry(ValidationContext ctx, JsonNode retry, Pointer at) {
    if (!retry.isArray()) {
      ctx.schema("The value for the field 'Retry' must be of type ARRAY", at);
      return;
    }
    for (int i = 0; i < retry.size(); i++) {
      final Fields retrier = element(ctx, retry, i, at, "Retry");
      if (retrier == null) {
        continue;
      }
      retrier.allowOnly(RETRIER_FIELDS);
      retrier.string("Comment");
      errorEquals(retrier, "Retry", i == retry.size() - 1);
      retrier.integer("IntervalSeconds", 1, MAX_SECONDS);
      retrier.integer("MaxAttempts", 0, MAX_SECONDS);
      retrier.number("BackoffRate", BigDecimal.ONE, null);
      retrier.integer("MaxDelaySeconds", 1, MAX_DELAY_SECONDS);
      retrier.oneOf("JitterStrategy", List.of("FULL", "NONE"));
    }
  }

  static void catchers(StateContext state, JsonNode catchers, Pointer at) {
    final ValidationContext ctx = state.ctx();
    if (!catchers.isArray()) {
      ctx.schema("The value for the field 'Catch' must be of type ARRAY", at);
      return;
    }
    for (int i = 0; i < catchers.size(); i++) {
      final Fields catcher = element(ctx, catchers, i, at, "Catch");
      if (catcher == null) {
        continue;
      }
      catcher.allowOnly(CATCHER_FIELDS);
      catcher.string("Comment");
      errorEquals(catcher, "Catch", i == catchers.size() - 1);
      catcher.require("Next");
      catcher.string("Next");
      if (catcher.usableIn("ResultPath", QueryLanguage.JSONPATH, state.language())) {
        PathChecks.referencePath(catcher, "ResultPath", true, PathChecks.INPUT_ONLY);
      }
      catcher.usableIn("Output", QueryLanguage.JSONATA, state.language());
      if (catcher.has("Assign")) {
        AssignCheck.check(ctx, catcher.get("Assign"), catcher.at("Assign"), state.language());
      }
    }
  }

  private static Fields element(
      ValidationContext ctx, JsonNode array, int i, Pointer at, String f) {
    final JsonNode element = array.get(i);
    if (!element.isObject()) {
      ctx.schema("Each element of '" + f + "' must be of type OBJECT", at.index(i));
      return null;
    }
    return new Fields(ctx, element, at.index(i));
  }

  private static void errorEquals(Fields fields, String owner, boolean last) {
    fields.require("ErrorEquals");
    if (!fields.has("ErrorEquals") || !fields.array("ErrorEquals")) {
      return;
    }
    final JsonNode errors = fields.get("ErrorEquals");
    final Pointer at = fields.at("ErrorEquals");
    if (errors.isEmpty()) {
      fields.ctx.schema("The field 'ErrorEquals' must contain at least one error name", at);
    }
    boolean all = false;
    for (int i = 0; i < errors.size(); i++) {
      if (!errors.get(i).isTextual()) {
        fields.ctx.schema("Each error name in 'ErrorEquals' must be a STRING", at.index(i));
      } else if (ALL.equals(errors.get(i).textValue())) {
        all = true;
      }
    }
    if (all && errors.size() > 1) {
      fields.ctx.schema("'States.ALL' must appear alone in 'ErrorEquals'", at);
    }
    if (all && !last) {
      fields.ctx.schema(
          "The element of '" + owner + "' that matches 'States.ALL' must be the last one",
          fields.at);
    }
  }
}
