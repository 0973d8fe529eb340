package io.baton.engine.definition.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The comparison operators of JSONPath Choice rules and the type of value each one takes.
 *
 * <ul>
 *   <li>String, Numeric, Boolean and Timestamp comparisons each have a {@code …Path} form that
 *       takes a path instead of a literal.
 *   <li>StringMatches has no Path form; the Is… type tests take a boolean.
 * </ul>
 */
final class ChoiceOperators {
  private enum Kind {
    STRING,
    NUMBER,
    BOOLEAN,
    TIMESTAMP,
    PATH
  }

  private static final Map<String, Kind> OPERATORS = new HashMap<>();

  static {
    final List<String> comparisons =
        List.of("Equals", "LessThan", "GreaterThan", "LessThanEquals", "GreaterThanEquals");
    for (String comparison : comparisons) {
      OPERATORS.put("String" + comparison, Kind.STRING);
      OPERATORS.put("Numeric" + comparison, Kind.NUMBER);
      OPERATORS.put("Timestamp" + comparison, Kind.TIMESTAMP);
      OPERATORS.put("String" + comparison + "Path", Kind.PATH);
      OPERATORS.put("Numeric" + comparison + "Path", Kind.PATH);
      OPERATORS.put("Timestamp" + comparison + "Path", Kind.PATH);
    }
    OPERATORS.put("StringMatches", Kind.STRING);
    OPERATORS.put("BooleanEquals", Kind.BOOLEAN);
    OPERATORS.put("BooleanEqualsPath", Kind.PATH);
    for (String test : List.of("IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean")) {
      OPERATORS.put(test, Kind.BOOLEAN);
    }
    OPERATORS.put("IsTimestamp", Kind.BOOLEAN);
  }

  private ChoiceOperators() {}

  static boolean isOperator(String name) {
    return OPERATORS.containsKey(name);
  }

  /** Checks that the operator's value has the type the operator takes. */
  static void checkValue(Fields rule, String operator) {
    switch (OPERATORS.get(operator)) {
      case STRING:
        rule.string(operator);
        break;
      case NUMBER:
        rule.number(operator, null, null);
        break;
      case BOOLEAN:
        rule.bool(operator);
        break;
      case TIMESTAMP:
        rule.string(operator)
            .filter(text -> !Timestamps.isValid(text))
            .ifPresent(
                text ->
                    rule.ctx.schema(
                        "The value for the field '"
                            + operator
                            + "' must be an RFC 3339 timestamp: '"
                            + text
                            + "'",
                        rule.at(operator)));
        break;
      case PATH:
        rule.string(operator)
            .filter(text -> !PathSyntax.isPath(text))
            .ifPresent(
                text ->
                    rule.ctx.schema(
                        "The value for the field '"
                            + operator
                            + "' is not a valid Path: '"
                            + text
                            + "'",
                        rule.at(operator)));
        break;
      default:
        throw new IllegalStateException("Expected a known operator, but got " + operator);
    }
  }
}
