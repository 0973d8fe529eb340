package io.baton.engine.definition.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.data.JsonPaths;
import io.baton.engine.json.Rfc3339;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the JSON of a JSONPath-mode Choice rule into a {@link ChoiceRule} or {@link ChoiceBranch}.
 *
 * <ul>
 *   <li>Throws {@link IllegalArgumentException} on the first problem, naming where it is (for
 *       example {@code And[1].Not}) and what was expected. Reporting every problem of a definition
 *       is the validator's job; this parser only refuses to build a rule it cannot evaluate.
 *   <li>Checks literal operands by type: strings for {@code String...}, numbers for {@code
 *       Numeric...}, booleans for {@code BooleanEquals} and the {@code Is...} tests, RFC 3339
 *       timestamps for {@code Timestamp...}; {@code ...Path} operands must be valid paths.
 *   <li>{@code Comment} is allowed on any rule; {@code Next} and {@code Assign} only at the top.
 * </ul>
 */
public final class ChoiceRuleParser {
  private static final List<String> COMBINATORS = List.of("And", "Or", "Not");
  private static final Set<String> TOP_LEVEL_ONLY = Set.of("Next", "Assign");

  private ChoiceRuleParser() {}

  /** Parses a top-level rule: its condition plus {@code Next} and the optional {@code Assign}. */
  public static ChoiceBranch parseBranch(JsonNode rule) {
    final ChoiceRule condition = parse(rule);
    final JsonNode next = rule.path("Next");
    if (!next.isTextual()) {
      throw problem("", "to have a string Next", "found " + describe(next));
    }
    final JsonNode assign = rule.path("Assign");
    if (!assign.isMissingNode() && !assign.isObject()) {
      throw problem("", "to have an object Assign", "found " + describe(assign));
    }
    return new ChoiceBranch(condition, next.asText(), assign);
  }

  /**
   * Parses the condition of a rule. At the top level {@code Next} and {@code Assign} are tolerated
   * (and ignored); in nested rules they are errors.
   */
  public static ChoiceRule parse(JsonNode rule) {
    return parse(rule, "");
  }

  private static ChoiceRule parse(JsonNode node, String at) {
    if (node == null || !node.isObject()) {
      throw problem(at, "to be an object", "found " + describe(node));
    }
    final List<String> kinds = new ArrayList<>();
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      final String name = names.next();
      if (COMBINATORS.contains(name) || Operator.fromAslName(name).isPresent()) {
        kinds.add(name);
      } else if (!isAllowedField(name, at)) {
        throw problem(at, "to have only known fields", "found '" + name + "'");
      }
    }
    if (kinds.size() != 1) {
      throw problem(
          at,
          "to have exactly one of And, Or, Not or a comparison operator",
          kinds.isEmpty() ? "found none" : "found " + String.join(", ", kinds));
    }
    final String kind = kinds.get(0);
    if (COMBINATORS.contains(kind)) {
      if (node.has("Variable")) {
        throw problem(at, "to have no Variable next to " + kind, "found one");
      }
      return combinator(kind, node.get(kind), at);
    }
    return comparison(node, Operator.fromAslName(kind).orElseThrow(), at);
  }

  private static boolean isAllowedField(String name, String at) {
    return name.equals("Comment")
        || name.equals("Variable")
        || (at.isEmpty() && TOP_LEVEL_ONLY.contains(name));
  }

  private static ChoiceRule combinator(String kind, JsonNode value, String at) {
    final String here = at.isEmpty() ? kind : at + "." + kind;
    if (kind.equals("Not")) {
      return new ChoiceRule.Not(parse(value, here));
    }
    if (!value.isArray() || value.isEmpty()) {
      throw problem(at, "to have a non-empty array " + kind, "found " + describe(value));
    }
    final List<ChoiceRule> rules = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      rules.add(parse(value.get(i), here + "[" + i + "]"));
    }
    return kind.equals("And") ? new ChoiceRule.And(rules) : new ChoiceRule.Or(rules);
  }

  private static ChoiceRule comparison(JsonNode node, Operator operator, String at) {
    final JsonNode variable = node.path("Variable");
    if (!variable.isTextual() || !isPath(variable.asText())) {
      throw problem(at, "to have a Variable that is a path", "found " + describe(variable));
    }
    final JsonNode operand = node.get(operator.aslName());
    if (operator.isPath()) {
      if (!operand.isTextual() || !isPath(operand.asText())) {
        throw problem(at, "to have a path as " + operator.aslName(), "found " + describe(operand));
      }
      return ChoiceRule.Comparison.path(variable.asText(), operator, operand.asText());
    }
    if (!isLiteralOfFamily(operand, operator.family())) {
      throw problem(
          at,
          "to have " + expectedLiteral(operator.family()) + " as " + operator.aslName(),
          "found " + describe(operand));
    }
    return ChoiceRule.Comparison.literal(variable.asText(), operator, operand);
  }

  private static boolean isPath(String text) {
    return text.startsWith("$") && JsonPaths.isValid(text);
  }

  private static boolean isLiteralOfFamily(JsonNode value, Operator.Family family) {
    switch (family) {
      case STRING:
        return value.isTextual();
      case NUMERIC:
        return value.isNumber();
      case TIMESTAMP:
        return value.isTextual() && Rfc3339.isTimestamp(value.asText());
      case BOOLEAN:
      case TYPE_TEST:
        return value.isBoolean();
      default:
        throw new IllegalStateException("Unknown operator family " + family);
    }
  }

  private static String expectedLiteral(Operator.Family family) {
    switch (family) {
      case STRING:
        return "a string";
      case NUMERIC:
        return "a number";
      case TIMESTAMP:
        return "an RFC 3339 timestamp string";
      default:
        return "a boolean";
    }
  }

  private static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return node.getNodeType().name().toLowerCase(Locale.ROOT) + " " + node;
  }

  private static IllegalArgumentException problem(String at, String expected, String found) {
    final String rule = at.isEmpty() ? "the choice rule" : "the choice rule at " + at;
    return new IllegalArgumentException("Expected " + rule + " " + expected + ", but " + found);
  }
}
