package io.baton.engine.definition.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks Choice rules.
 *
 * <ul>
 *   <li>JSONPath rules have exactly one operator: a comparison (with a Variable) or And, Or, Not
 *       (without one). And/Or hold non-empty arrays of rules, Not holds one rule.
 *   <li>Only top-level rules have Next (required) and Assign; nested rules have neither.
 *   <li>Comparison values have the operator's type; {@code …Path} operators take a path.
 *   <li>JSONata rules have a Condition (boolean or expression) and Next, and may have Assign and
 *       Output.
 *   <li>Nesting deeper than {@link #MAX_DEPTH} is reported as TOO_DEEPLY_NESTED.
 * </ul>
 */
final class ChoiceRuleCheck {
  static final int MAX_DEPTH = 50;
  private static final Set<String> COMBINATORS = Set.of("And", "Or", "Not");
  private static final Set<String> JSONATA_RULE_FIELDS =
      Set.of("Condition", "Next", "Assign", "Output", "Comment");

  private ChoiceRuleCheck() {}

  static void jsonPathRule(StateContext state, JsonNode rule, Pointer at, boolean top, int depth) {
    final ValidationContext ctx = state.ctx();
    if (!rule.isObject()) {
      ctx.schema("A Choice rule must be of type OBJECT", at);
      return;
    }
    if (depth > MAX_DEPTH) {
      ctx.error(DiagnosticCodes.TOO_DEEPLY_NESTED, "The Choice rules are too deeply nested", at);
      return;
    }
    final Fields fields = new Fields(ctx, rule, at);
    final List<String> operators = new ArrayList<>();
    for (String name : fields.names()) {
      if (ChoiceOperators.isOperator(name) || COMBINATORS.contains(name)) {
        operators.add(name);
      } else if (name.equals("Condition") || name.equals("Output")) {
        fields.usableIn(name, QueryLanguage.JSONATA, QueryLanguage.JSONPATH);
      } else if (!allowed(name, top)) {
        ctx.schema("Field '" + name + "' is not supported", at);
      }
    }
    fields.string("Comment");
    if (top) {
      fields.require("Next");
      fields.string("Next");
      if (fields.has("Assign")) {
        AssignCheck.check(ctx, fields.get("Assign"), fields.at("Assign"), QueryLanguage.JSONPATH);
      }
    }
    if (operators.size() > 1) {
      ctx.schema("There should only be one of the following fields: " + operators, at);
    } else if (operators.isEmpty()) {
      ctx.schema("A Choice rule must have a comparison operator, or And, Or or Not", at);
    } else if (COMBINATORS.contains(operators.get(0))) {
      combinator(state, fields, operators.get(0), depth);
    } else {
      comparison(fields, operators.get(0));
    }
  }

  static void jsonataRule(StateContext state, JsonNode rule, Pointer at) {
    final ValidationContext ctx = state.ctx();
    if (!rule.isObject()) {
      ctx.schema("A Choice rule must be of type OBJECT", at);
      return;
    }
    final Fields fields = new Fields(ctx, rule, at);
    for (String name : fields.names()) {
      if (name.equals("Variable")
          || ChoiceOperators.isOperator(name)
          || COMBINATORS.contains(name)) {
        fields.usableIn(name, QueryLanguage.JSONPATH, QueryLanguage.JSONATA);
      } else if (!JSONATA_RULE_FIELDS.contains(name)) {
        ctx.schema("Field '" + name + "' is not supported", at);
      }
    }
    fields.require("Condition", "Next");
    fields.string("Next");
    fields.string("Comment");
    final JsonNode condition = fields.get("Condition");
    if (condition != null && !condition.isBoolean() && !Fields.isExpression(condition)) {
      ctx.schema(
          "The value for the field 'Condition' must be a BOOLEAN or a JSONata expression",
          fields.at("Condition"));
    }
    if (fields.has("Assign")) {
      AssignCheck.check(ctx, fields.get("Assign"), fields.at("Assign"), QueryLanguage.JSONATA);
    }
  }

  private static boolean allowed(String name, boolean top) {
    if (name.equals("Variable") || name.equals("Comment")) {
      return true;
    }
    return top && (name.equals("Next") || name.equals("Assign"));
  }

  private static void combinator(StateContext state, Fields fields, String operator, int depth) {
    if (fields.has("Variable")) {
      fields.ctx.schema(
          "The field 'Variable' cannot be used with '" + operator + "'", fields.at("Variable"));
    }
    final JsonNode nested = fields.get(operator);
    final Pointer at = fields.at(operator);
    if (operator.equals("Not")) {
      jsonPathRule(state, nested, at, false, depth + 1);
      return;
    }
    if (!fields.array(operator)) {
      return;
    }
    if (nested.isEmpty()) {
      fields.ctx.schema("The field '" + operator + "' must contain at least one rule", at);
    }
    for (int i = 0; i < nested.size(); i++) {
      jsonPathRule(state, nested.get(i), at.index(i), false, depth + 1);
    }
  }

  private static void comparison(Fields fields, String operator) {
    fields.require("Variable");
    fields
        .string("Variable")
        .filter(variable -> !PathSyntax.isPath(variable))
        .ifPresent(
            variable ->
                fields.ctx.schema(
                    "The value for the field 'Variable' is not a valid Path: '" + variable + "'",
                    fields.at("Variable")));
    ChoiceOperators.checkValue(fields, operator);
  }
}
