package io.baton.engine.definition.choice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Objects;

/**
 * One top-level entry of a JSONPath-mode Choice state's {@code Choices}: the condition, the state
 * it leads to and what it assigns when it is the rule taken.
 *
 * <ul>
 *   <li>{@code assign} is the raw {@code Assign} object, or {@link MissingNode} when the rule has
 *       none; it is evaluated only when this rule is the first one that matches.
 *   <li>{@code Comment} is not kept.
 * </ul>
 */
public record ChoiceBranch(ChoiceRule rule, String next, JsonNode assign) {
  public ChoiceBranch {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(assign, "assign");
  }

  /** A branch that assigns nothing. */
  public static ChoiceBranch of(ChoiceRule rule, String next) {
    return new ChoiceBranch(rule, next, MissingNode.getInstance());
  }
}
