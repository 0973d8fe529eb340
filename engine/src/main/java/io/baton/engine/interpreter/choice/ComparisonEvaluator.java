package io.baton.engine.interpreter.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.data.DataContext;
import io.baton.engine.data.JsonPaths;
import io.baton.engine.definition.choice.ChoiceRule.Comparison;
import io.baton.engine.definition.choice.Operand;
import io.baton.engine.definition.choice.Operator;
import io.baton.engine.error.ErrorNames;
import io.baton.engine.error.FailureException;
import io.baton.engine.json.Rfc3339;
import java.time.Instant;
import java.util.Optional;

/** Evaluates one data-test expression; see {@link ChoiceEvaluator} for the contract. */
final class ComparisonEvaluator {
  private ComparisonEvaluator() {}

  static boolean matches(Comparison comparison, DataContext ctx) {
    final Operator operator = comparison.operator();
    final Optional<JsonNode> found = JsonPaths.find(comparison.variable(), ctx);
    if (operator == Operator.IS_PRESENT) {
      return found.isPresent() == expectedTypeTest(comparison);
    }
    final JsonNode value = found.orElseThrow(() -> invalidPath(comparison.variable()));
    if (operator.family() == Operator.Family.TYPE_TEST) {
      return hasType(operator, value) == expectedTypeTest(comparison);
    }
    return compare(operator, value, operand(comparison.operand(), ctx));
  }

  /**
   * The failure AWS reports when a Variable or {@code ...Path} operand selects nothing; the state
   * handler prefixes it with the state name and event id.
   */
  static FailureException invalidPath(String path) {
    return new FailureException(
        ErrorNames.RUNTIME,
        "Invalid path '"
            + path
            + "': The choice state's condition path references an invalid value.");
  }

  private static boolean expectedTypeTest(Comparison comparison) {
    return ((Operand.Literal) comparison.operand()).value().booleanValue();
  }

  private static JsonNode operand(Operand operand, DataContext ctx) {
    if (operand instanceof Operand.Literal) {
      return ((Operand.Literal) operand).value();
    }
    final String path = ((Operand.Path) operand).path();
    return JsonPaths.find(path, ctx).orElseThrow(() -> invalidPath(path));
  }

  private static boolean hasType(Operator operator, JsonNode value) {
    switch (operator) {
      case IS_NULL:
        return value.isNull();
      case IS_NUMERIC:
        return value.isNumber();
      case IS_STRING:
        return value.isTextual();
      case IS_BOOLEAN:
        return value.isBoolean();
      case IS_TIMESTAMP:
        return value.isTextual() && Rfc3339.isTimestamp(value.asText());
      default:
        throw new IllegalStateException("Not a type test: " + operator);
    }
  }

  /** Compares by the operator's family; a value of another type on either side is no match. */
  private static boolean compare(Operator operator, JsonNode left, JsonNode right) {
    switch (operator.family()) {
      case STRING:
        if (!left.isTextual() || !right.isTextual()) {
          return false;
        }
        if (operator.relation() == Operator.Relation.MATCHES) {
          return WildcardPattern.matches(right.asText(), left.asText());
        }
        return holds(operator.relation(), left.asText().compareTo(right.asText()));
      case NUMERIC:
        if (!left.isNumber() || !right.isNumber()) {
          return false;
        }
        return holds(operator.relation(), left.decimalValue().compareTo(right.decimalValue()));
      case BOOLEAN:
        return left.isBoolean() && right.isBoolean() && left.booleanValue() == right.booleanValue();
      case TIMESTAMP:
        final Optional<Instant> l = timestamp(left);
        final Optional<Instant> r = timestamp(right);
        return l.isPresent()
            && r.isPresent()
            && holds(operator.relation(), l.get().compareTo(r.get()));
      default:
        throw new IllegalStateException("Not a comparison: " + operator);
    }
  }

  private static Optional<Instant> timestamp(JsonNode value) {
    return value.isTextual() ? Rfc3339.parse(value.asText()) : Optional.empty();
  }

  private static boolean holds(Operator.Relation relation, int order) {
    switch (relation) {
      case EQUALS:
        return order == 0;
      case LESS_THAN:
        return order < 0;
      case GREATER_THAN:
        return order > 0;
      case LESS_THAN_EQUALS:
        return order <= 0;
      case GREATER_THAN_EQUALS:
        return order >= 0;
      default:
        throw new IllegalStateException("Not an ordering: " + relation);
    }
  }
}
