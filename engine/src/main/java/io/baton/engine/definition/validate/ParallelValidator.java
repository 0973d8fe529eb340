package io.baton.engine.definition.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Validates the Parallel state: a non-empty array of Branches, each a state machine of its own.
 *
 * <ul>
 *   <li>A branch has StartAt, States and an optional Comment, and its transitions stay inside it.
 *   <li>Parameters, ResultSelector, Arguments, Retry and Catch are checked by {@link
 *       CommonStateChecks}.
 * </ul>
 */
final class ParallelValidator implements StateValidator {
  private static final Set<String> BRANCH_FIELDS = Set.of("StartAt", "States", "Comment");

  @Override
  public void validate(StateContext state) {
    final Fields fields = state.fields();
    fields.require("Branches");
    if (!fields.has("Branches") || !fields.array("Branches")) {
      return;
    }
    final JsonNode branches = fields.get("Branches");
    if (branches.isEmpty()) {
      state
          .ctx()
          .schema("The field 'Branches' must contain at least one branch", fields.at("Branches"));
    }
    for (int i = 0; i < branches.size(); i++) {
      state
          .scopes()
          .validateNested(
              branches.get(i), fields.at("Branches").index(i), BRANCH_FIELDS, state.depth());
    }
  }
}
