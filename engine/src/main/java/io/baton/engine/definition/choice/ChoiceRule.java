package io.baton.engine.definition.choice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * The condition of a JSONPath-mode Choice rule: a boolean combination of comparisons.
 *
 * <ul>
 *   <li>Immutable data only; {@code io.baton.engine.interpreter.choice.ChoiceEvaluator} decides
 *       whether a rule matches.
 *   <li>Compact constructors reject nulls and empty {@code And}/{@code Or} lists, and copy lists.
 *   <li>{@code Next}, {@code Assign} and {@code Comment} are not part of the condition; a top-level
 *       rule's {@code Next} and {@code Assign} live in {@link ChoiceBranch}.
 * </ul>
 */
public sealed interface ChoiceRule
    permits ChoiceRule.And, ChoiceRule.Or, ChoiceRule.Not, ChoiceRule.Comparison {

  /** Matches when every rule matches; later rules are not evaluated once one fails. */
  record And(List<ChoiceRule> rules) implements ChoiceRule {
    public And {
      rules = nonEmptyCopy(rules, "And");
    }
  }

  /** Matches when any rule matches; later rules are not evaluated once one matches. */
  record Or(List<ChoiceRule> rules) implements ChoiceRule {
    public Or {
      rules = nonEmptyCopy(rules, "Or");
    }
  }

  /** Matches when the inner rule does not. */
  record Not(ChoiceRule rule) implements ChoiceRule {
    public Not {
      Objects.requireNonNull(rule, "rule");
    }
  }

  /**
   * A data-test expression: the value at {@code variable} (a path into the input, {@code $$}
   * context object or a {@code $name} variable) compared by {@code operator} with {@code operand}.
   *
   * <ul>
   *   <li>The operand is a {@link Operand.Path} exactly when {@link Operator#isPath()} is true.
   *   <li>For the {@code Is...} type tests the operand is the boolean literal the test expects.
   * </ul>
   */
  record Comparison(String variable, Operator operator, Operand operand) implements ChoiceRule {
    public Comparison {
      Objects.requireNonNull(variable, "variable");
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(operand, "operand");
      if (operator.isPath() != operand instanceof Operand.Path) {
        throw new IllegalArgumentException(
            "Expected "
                + (operator.isPath() ? "a path" : "a literal")
                + " operand for "
                + operator.aslName()
                + ", but got "
                + operand);
      }
    }

    /** A comparison with a literal operand, e.g. {@code "NumericEquals": 1}. */
    public static Comparison literal(String variable, Operator operator, JsonNode value) {
      return new Comparison(variable, operator, new Operand.Literal(value));
    }

    /** A comparison with a path operand, e.g. {@code "NumericEqualsPath": "$.limit"}. */
    public static Comparison path(String variable, Operator operator, String path) {
      return new Comparison(variable, operator, new Operand.Path(path));
    }
  }

  private static List<ChoiceRule> nonEmptyCopy(List<ChoiceRule> rules, String name) {
    Objects.requireNonNull(rules, name);
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("Expected " + name + " to hold at least one rule");
    }
    return List.copyOf(rules);
  }
}
