package io.baton.engine.definition.choice;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every comparison operator of a JSONPath-mode Choice rule, with the field name ASL spells it by.
 *
 * <ul>
 *   <li>{@link #family()} says which JSON values the operator compares (strings, numbers, booleans,
 *       timestamps) or that it is a type test ({@code IsNull}, {@code IsPresent}, ...).
 *   <li>{@link #relation()} says how it compares; type tests have {@link Relation#TYPE_TEST}.
 *   <li>{@link #isPath()} is true for the {@code ...Path} forms, whose operand is a path to read at
 *       run time rather than a literal.
 * </ul>
 */
public enum Operator {
  STRING_EQUALS("StringEquals", Family.STRING, Relation.EQUALS),
  STRING_EQUALS_PATH("StringEqualsPath", Family.STRING, Relation.EQUALS),
  STRING_LESS_THAN("StringLessThan", Family.STRING, Relation.LESS_THAN),
  STRING_LESS_THAN_PATH("StringLessThanPath", Family.STRING, Relation.LESS_THAN),
  STRING_GREATER_THAN("StringGreaterThan", Family.STRING, Relation.GREATER_THAN),
  STRING_GREATER_THAN_PATH("StringGreaterThanPath", Family.STRING, Relation.GREATER_THAN),
  STRING_LESS_THAN_EQUALS("StringLessThanEquals", Family.STRING, Relation.LESS_THAN_EQUALS),
  STRING_LESS_THAN_EQUALS_PATH(
      "StringLessThanEqualsPath", Family.STRING, Relation.LESS_THAN_EQUALS),
  STRING_GREATER_THAN_EQUALS(
      "StringGreaterThanEquals", Family.STRING, Relation.GREATER_THAN_EQUALS),
  STRING_GREATER_THAN_EQUALS_PATH(
      "StringGreaterThanEqualsPath", Family.STRING, Relation.GREATER_THAN_EQUALS),
  STRING_MATCHES("StringMatches", Family.STRING, Relation.MATCHES),

  NUMERIC_EQUALS("NumericEquals", Family.NUMERIC, Relation.EQUALS),
  NUMERIC_EQUALS_PATH("NumericEqualsPath", Family.NUMERIC, Relation.EQUALS),
  NUMERIC_LESS_THAN("NumericLessThan", Family.NUMERIC, Relation.LESS_THAN),
  NUMERIC_LESS_THAN_PATH("NumericLessThanPath", Family.NUMERIC, Relation.LESS_THAN),
  NUMERIC_GREATER_THAN("NumericGreaterThan", Family.NUMERIC, Relation.GREATER_THAN),
  NUMERIC_GREATER_THAN_PATH("NumericGreaterThanPath", Family.NUMERIC, Relation.GREATER_THAN),
  NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", Family.NUMERIC, Relation.LESS_THAN_EQUALS),
  NUMERIC_LESS_THAN_EQUALS_PATH(
      "NumericLessThanEqualsPath", Family.NUMERIC, Relation.LESS_THAN_EQUALS),
  NUMERIC_GREATER_THAN_EQUALS(
      "NumericGreaterThanEquals", Family.NUMERIC, Relation.GREATER_THAN_EQUALS),
  NUMERIC_GREATER_THAN_EQUALS_PATH(
      "NumericGreaterThanEqualsPath", Family.NUMERIC, Relation.GREATER_THAN_EQUALS),

  BOOLEAN_EQUALS("BooleanEquals", Family.BOOLEAN, Relation.EQUALS),
  BOOLEAN_EQUALS_PATH("BooleanEqualsPath", Family.BOOLEAN, Relation.EQUALS),

  TIMESTAMP_EQUALS("TimestampEquals", Family.TIMESTAMP, Relation.EQUALS),
  TIMESTAMP_EQUALS_PATH("TimestampEqualsPath", Family.TIMESTAMP, Relation.EQUALS),
  TIMESTAMP_LESS_THAN("TimestampLessThan", Family.TIMESTAMP, Relation.LESS_THAN),
  TIMESTAMP_LESS_THAN_PATH("TimestampLessThanPath", Family.TIMESTAMP, Relation.LESS_THAN),
  TIMESTAMP_GREATER_THAN("TimestampGreaterThan", Family.TIMESTAMP, Relation.GREATER_THAN),
  TIMESTAMP_GREATER_THAN_PATH("TimestampGreaterThanPath", Family.TIMESTAMP, Relation.GREATER_THAN),
  TIMESTAMP_LESS_THAN_EQUALS(
      "TimestampLessThanEquals", Family.TIMESTAMP, Relation.LESS_THAN_EQUALS),
  TIMESTAMP_LESS_THAN_EQUALS_PATH(
      "TimestampLessThanEqualsPath", Family.TIMESTAMP, Relation.LESS_THAN_EQUALS),
  TIMESTAMP_GREATER_THAN_EQUALS(
      "TimestampGreaterThanEquals", Family.TIMESTAMP, Relation.GREATER_THAN_EQUALS),
  TIMESTAMP_GREATER_THAN_EQUALS_PATH(
      "TimestampGreaterThanEqualsPath", Family.TIMESTAMP, Relation.GREATER_THAN_EQUALS),

  IS_NULL("IsNull", Family.TYPE_TEST, Relation.TYPE_TEST),
  IS_PRESENT("IsPresent", Family.TYPE_TEST, Relation.TYPE_TEST),
  IS_NUMERIC("IsNumeric", Family.TYPE_TEST, Relation.TYPE_TEST),
  IS_STRING("IsString", Family.TYPE_TEST, Relation.TYPE_TEST),
  IS_BOOLEAN("IsBoolean", Family.TYPE_TEST, Relation.TYPE_TEST),
  IS_TIMESTAMP("IsTimestamp", Family.TYPE_TEST, Relation.TYPE_TEST);

  /** What kind of JSON value an operator compares. */
  public enum Family {
    STRING,
    NUMERIC,
    BOOLEAN,
    TIMESTAMP,
    TYPE_TEST
  }

  /** How an operator compares the variable (left) with its operand (right). */
  public enum Relation {
    EQUALS,
    LESS_THAN,
    GREATER_THAN,
    LESS_THAN_EQUALS,
    GREATER_THAN_EQUALS,
    MATCHES,
    TYPE_TEST
  }

  private static final Map<String, Operator> BY_ASL_NAME =
      Arrays.stream(values()).collect(Collectors.toMap(Operator::aslName, Function.identity()));

  private final String aslName;
  private final Family family;
  private final Relation relation;

  Operator(String aslName, Family family, Relation relation) {
    this.aslName = aslName;
    this.family = family;
    this.relation = relation;
  }

  /** The operator whose ASL field name is exactly {@code name} (case-sensitive), if any. */
  public static Optional<Operator> fromAslName(String name) {
    return Optional.ofNullable(BY_ASL_NAME.get(name));
  }

  /** The field name in a Choice rule, for example {@code "NumericLessThanEqualsPath"}. */
  public String aslName() {
    return aslName;
  }

  public Family family() {
    return family;
  }

  public Relation relation() {
    return relation;
  }

  /** Whether the operand is a path to a value rather than the value itself. */
  public boolean isPath() {
    return aslName.endsWith("Path");
  }
}
