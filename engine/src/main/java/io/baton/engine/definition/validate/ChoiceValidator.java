package io.baton.engine.definition.validate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Validates the Choice state: a non-empty Choices array of rules and an optional Default.
 *
 * <ul>
 *   <li>Rules are checked by {@link ChoiceRuleCheck}: Variable and operators in JSONPath, Condition
 *       in JSONata.
 *   <li>Targets of Next and Default are checked with the scope's transitions.
 * </ul>
 */
final class ChoiceValidator implements StateValidator {
  @Override
  public void validate(StateContext state) {
    final Fields fields = state.fields();
    fields.require("Choices");
    fields.string("Default");
    if (!fields.has("Choices") || !fields.array("Choices")) {
      return;
    }
    final JsonNode choices = fields.get("Choices");
    if (choices.isEmpty()) {
      state
          .ctx()
          .schema("The field 'Choices' must contain at least one rule", fields.at("Choices"));
    }
    for (int i = 0; i < choices.size(); i++) {
      final Pointer at = fields.at("Choices").index(i);
      if (state.jsonPath()) {
        ChoiceRuleCheck.jsonPathRule(state, choices.get(i), at, true, 0);
      } else {
        ChoiceRuleCheck.jsonataRule(state, choices.get(i), at);
      }
    }
  }
}
