package io.baton.engine.definition.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Validates one (sub-)machine: the top level, a Parallel branch or a Map processor.
 *
 * <ul>
 *   <li>Checks StartAt and States, each state (common checks, then its type's validator) and the
 *       scope's transitions.
 *   <li>States of nested scopes inherit the query language of the whole state machine, not of the
 *       Parallel or Map state around them (AWS behaves this way).
 *   <li>Stops descending, with TOO_DEEPLY_NESTED, past {@link #MAX_DEPTH} nested scopes.
 * </ul>
 */
final class ScopeValidator {
  static final int MAX_DEPTH = 100;
  private static final int MAX_NAME_LENGTH = 80;
  private static final Map<String, StateValidator> VALIDATORS =
      Map.of(
          "Pass", new PassValidator(),
          "Task", new TaskValidator(),
          "Choice", new ChoiceValidator(),
          "Wait", new WaitValidator(),
          "Succeed", state -> {},
          "Fail", new FailValidator(),
          "Parallel", new ParallelValidator(),
          "Map", new MapValidator());

  private final ValidationContext ctx;
  private final QueryLanguage machineLanguage;

  ScopeValidator(ValidationContext ctx, QueryLanguage machineLanguage) {
    this.ctx = ctx;
    this.machineLanguage = machineLanguage;
  }

  /** Validates StartAt, States and transitions; the caller checks the scope's other fields. */
  void validate(JsonNode scope, Pointer at, int depth) {
    if (depth > MAX_DEPTH) {
      ctx.error(DiagnosticCodes.TOO_DEEPLY_NESTED, "The states are too deeply nested", at);
      return;
    }
    final Fields fields = new Fields(ctx, scope, at);
    fields.require("StartAt", "States");
    fields.string("StartAt");
    if (!fields.has("States") || !fields.object("States")) {
      return;
    }
    final JsonNode states = fields.get("States");
    if (states.isEmpty()) {
      ctx.schema("The field 'States' must contain at least one state", fields.at("States"));
    }
    final Iterator<Map.Entry<String, JsonNode>> it = states.fields();
    while (it.hasNext()) {
      final Map.Entry<String, JsonNode> state = it.next();
      validateState(
          state.getKey(), state.getValue(), fields.at("States").field(state.getKey()), depth);
    }
    TransitionCheck.check(ctx, scope, at);
  }

  /** Validates a Parallel branch or Map processor whose fields must be within {@code allowed}. */
  void validateNested(JsonNode scope, Pointer at, Set<String> allowed, int depth) {
    if (!scope.isObject()) {
      ctx.schema("A nested state machine must be of type OBJECT", at);
      return;
    }
    final Fields fields = new Fields(ctx, scope, at);
    fields.allowOnly(allowed);
    fields.string("Comment");
    validate(scope, at, depth + 1);
  }

  private void validateState(String name, JsonNode node, Pointer at, int depth) {
    ctx.declareState(name, at);
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      ctx.error(
          DiagnosticCodes.INVALID_STATE_NAME,
          "State name \"" + name + "\" must be 1 to " + MAX_NAME_LENGTH + " characters long",
          at);
    }
    if (!node.isObject()) {
      ctx.schema("The state \"" + name + "\" must be of type OBJECT", at);
      return;
    }
    final Fields fields = new Fields(ctx, node, at);
    fields.require("Type");
    final JsonNode type = fields.get("Type");
    if (type == null) {
      return;
    }
    if (!type.isTextual() || !VALIDATORS.containsKey(type.textValue())) {
      ctx.schema(
          "The field \"Type\" should have one of these values: " + StateFieldTable.TYPES,
          fields.at("Type"));
      return;
    }
    final QueryLanguage language = QueryLanguage.of(node.get("QueryLanguage"), machineLanguage);
    final StateContext state =
        new StateContext(
            ctx,
            name,
            node,
            at,
            language,
            CommonStateChecks.usableFields(ctx, type.textValue(), node, at, language),
            this,
            depth);
    CommonStateChecks.check(state, type.textValue(), machineLanguage);
    VALIDATORS.get(type.textValue()).validate(state);
  }
}
