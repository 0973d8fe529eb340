package io.baton.engine.interpreter.choice;

import static io.baton.engine.interpreter.choice.ChoiceFixture.literalRule;
import static io.baton.engine.interpreter.choice.ChoiceFixture.matches;
import static io.baton.engine.interpreter.choice.ChoiceFixture.pathRule;
import static io.baton.engine.interpreter.choice.ChoiceFixture.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A comparison on a value of the wrong type is false, never an error, and so is its negation's
 * opposite: {@code Not} of a mismatched comparison is true.
 */
class TypeMismatchTest {

  static Stream<String> nonStrings() {
    return Stream.of(
        "null", "0", "0.0", "1", "1.1", "true", "false", "[]", "[\"\"]", "{}", "{\"A\": 0}");
  }

  static Stream<String> nonNumbers() {
    return Stream.of(
        "null", "\"\"", "\" \"", "\"1\"", "true", "false", "[]", "[1]", "{}", "{\"A\": 0}");
  }

  static Stream<String> nonBooleans() {
    return Stream.of("null", "0", "1", "1.1", "\"\"", "\"true\"", "[]", "[true]", "{}");
  }

  static Stream<String> nonTimestamps() {
    return Stream.of(
        "null",
        "0",
        "1.1",
        "true",
        "\"\"",
        "\" \"",
        "\"HelloWorld\"",
        "\"2023-02-24 12:15:56.832957\"",
        "\"2012-10-09T19:00:55\"",
        "\"2023-02-24\"",
        "[]",
        "[\"2012-10-09T19:00:55Z\"]",
        "{}");
  }

  static Stream<Arguments> mismatches() {
    return Stream.of(
            nonStrings().map(v -> Arguments.of("StringLessThan", "\"zzz\"", v)),
            nonStrings().map(v -> Arguments.of("StringMatches", "\"*\"", v)),
            nonNumbers().map(v -> Arguments.of("NumericEquals", "0", v)),
            nonNumbers().map(v -> Arguments.of("NumericGreaterThanEquals", "-1", v)),
            nonBooleans().map(v -> Arguments.of("BooleanEquals", "false", v)),
            nonTimestamps()
                .map(v -> Arguments.of("TimestampEquals", "\"2012-10-09T19:00:55Z\"", v)),
            nonTimestamps()
                .map(v -> Arguments.of("TimestampLessThan", "\"9999-12-31T23:59:59Z\"", v)))
        .flatMap(s -> s);
  }

  @ParameterizedTest(name = "{2} {0} {1} is false")
  @MethodSource("mismatches")
  void shouldNotMatchWhenTheVariableHasAnotherType(String operator, String operand, String value) {
    // given
    final String rule = literalRule(operator, operand);

    // when
    final boolean matched = matches(rule, values(value, "null"));

    // then
    assertThat(matched).isFalse();
  }

  @ParameterizedTest(name = "Not({2} {0} {1}) is true")
  @MethodSource("mismatches")
  void shouldMatchTheNegationWhenTheVariableHasAnotherType(
      String operator, String operand, String value) {
    // given
    final String rule = "{\"Not\": " + literalRule(operator, operand) + "}";

    // when
    final boolean matched = matches(rule, values(value, "null"));

    // then
    assertThat(matched).isTrue();
  }

  static Stream<Arguments> mismatchedPathOperands() {
    return Stream.of(
        Arguments.of("StringEqualsPath", "\"1\"", "1"),
        Arguments.of("StringGreaterThanPath", "\"b\"", "1"),
        Arguments.of("NumericEqualsPath", "1", "\"1\""),
        Arguments.of("NumericLessThanEqualsPath", "8", "{\"value\": 8}"),
        Arguments.of("BooleanEqualsPath", "true", "\"true\""),
        Arguments.of("TimestampEqualsPath", "\"2012-10-09T19:00:55Z\"", "\"2012-10-09\""),
        Arguments.of("TimestampGreaterThanPath", "\"2012-10-09T19:00:55Z\"", "0"));
  }

  @ParameterizedTest(name = "{1} {0} {2} is false")
  @MethodSource("mismatchedPathOperands")
  void shouldNotMatchWhenThePathOperandHasAnotherType(
      String operator, String variable, String operand) {
    // given
    final String rule = pathRule(operator);

    // when
    final boolean matched = matches(rule, values(variable, operand));

    // then
    assertThat(matched).isFalse();
  }
}
