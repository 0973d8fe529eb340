package io.baton.engine.interpreter.choice;

import io.baton.engine.data.DataContext;
import io.baton.engine.definition.choice.ChoiceBranch;
import io.baton.engine.definition.choice.ChoiceRule;
import io.baton.engine.error.FailureException;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether JSONPath-mode Choice rules match, with the semantics of AWS Step Functions.
 *
 * <ul>
 *   <li>{@code And} and {@code Or} stop at the first rule that decides them, so a later rule that
 *       would fail is never evaluated; {@link #firstMatch} likewise stops at the first match.
 *   <li>A comparison whose Variable holds a value of the wrong type is false, not an error.
 *   <li>A Variable or {@code ...Path} operand that selects nothing fails with {@code
 *       States.Runtime} (a {@link FailureException}), except under {@code IsPresent}, which is then
 *       simply true or false.
 *   <li>Pure: reads only the given {@link DataContext}.
 * </ul>
 */
public final class ChoiceEvaluator {
  private ChoiceEvaluator() {}

  /**
   * Whether {@code rule} matches the data of {@code ctx}.
   *
   * @throws FailureException {@code States.Runtime} when a path the rule needs selects nothing
   */
  public static boolean matches(ChoiceRule rule, DataContext ctx) {
    if (rule instanceof ChoiceRule.Comparison) {
      return ComparisonEvaluator.matches((ChoiceRule.Comparison) rule, ctx);
    }
    if (rule instanceof ChoiceRule.And) {
      for (ChoiceRule inner : ((ChoiceRule.And) rule).rules()) {
        if (!matches(inner, ctx)) {
          return false;
        }
      }
      return true;
    }
    if (rule instanceof ChoiceRule.Or) {
      for (ChoiceRule inner : ((ChoiceRule.Or) rule).rules()) {
        if (matches(inner, ctx)) {
          return true;
        }
      }
      return false;
    }
    if (rule instanceof ChoiceRule.Not) {
      return !matches(((ChoiceRule.Not) rule).rule(), ctx);
    }
    throw new IllegalStateException("Unknown choice rule type " + rule.getClass().getName());
  }

  /**
   * The first branch whose rule matches, in order, or empty when none does (the caller then takes
   * {@code Default} or fails with {@code States.NoChoiceMatched}).
   *
   * @throws FailureException {@code States.Runtime} when a rule evaluated before a match fails
   */
  public static Optional<ChoiceBranch> firstMatch(List<ChoiceBranch> branches, DataContext ctx) {
    for (ChoiceBranch branch : branches) {
      if (matches(branch.rule(), ctx)) {
        return Optional.of(branch);
      }
    }
    return Optional.empty();
  }
}
