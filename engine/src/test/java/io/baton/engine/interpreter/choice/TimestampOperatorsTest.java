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

class TimestampOperatorsTest {
  private static final String T55 = "\"2012-10-09T19:00:55Z\"";
  private static final String T56 = "\"2012-10-09T19:00:56Z\"";

  static Stream<Arguments> comparisons() {
    return Stream.of(
        Arguments.of("TimestampEquals", T55, T55, true),
        Arguments.of("TimestampEquals", T55, T56, false),
        Arguments.of("TimestampEquals", T56, T55, false),
        Arguments.of("TimestampEquals", "\"2012-10-09T20:00:55+01:00\"", T55, true),
        Arguments.of("TimestampEquals", "\"2012-10-09T14:30:55-04:30\"", T55, true),
        Arguments.of("TimestampEquals", "\"2012-10-09T19:00:55.000Z\"", T55, true),
        Arguments.of("TimestampEquals", "\"2012-10-09T19:00:55.1Z\"", T55, false),
        Arguments.of("TimestampLessThan", T55, T56, true),
        Arguments.of("TimestampLessThan", T55, T55, false),
        Arguments.of("TimestampLessThan", "\"2012-10-09T19:00:55.999999999Z\"", T56, true),
        Arguments.of("TimestampLessThan", "\"2012-10-09T20:00:56+01:00\"", T56, false),
        Arguments.of("TimestampGreaterThan", T56, T55, true),
        Arguments.of("TimestampGreaterThan", T55, T55, false),
        Arguments.of("TimestampGreaterThan", "\"2012-10-09T19:00:55.5Z\"", T55, true),
        Arguments.of("TimestampLessThanEquals", T55, T55, true),
        Arguments.of("TimestampLessThanEquals", T56, T55, false),
        Arguments.of("TimestampGreaterThanEquals", T55, T55, true),
        Arguments.of("TimestampGreaterThanEquals", T55, T56, false),
        Arguments.of("TimestampGreaterThanEquals", "\"2012-10-09T19:00:56+00:00\"", T56, true));
  }

  @ParameterizedTest(name = "{1} {0} {2} is {3}")
  @MethodSource("comparisons")
  void shouldCompareTimestampsWithALiteral(
      String operator, String left, String right, boolean expected) {
    // given
    final String rule = literalRule(operator, right);

    // when
    final boolean matched = matches(rule, values(left, "null"));

    // then
    assertThat(matched).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{1} {0}Path {2} is {3}")
  @MethodSource("comparisons")
  void shouldCompareTimestampsWithAPathOperand(
      String operator, String left, String right, boolean expected) {
    // given
    final String rule = pathRule(operator + "Path");

    // when
    final boolean matched = matches(rule, values(left, right));

    // then
    assertThat(matched).isEqualTo(expected);
  }

  static Stream<String> notAslTimestamps() {
    return Stream.of(
        "\"2012-10-09t19:00:55Z\"",
        "\"2012-10-09T19:00:55z\"",
        "\"2012-10-09 19:00:55Z\"",
        "\"2012-10-09T19:00:55\"",
        "\"2012-10-09T19:00Z\"");
  }

  @ParameterizedTest(name = "{0} is not compared as a timestamp")
  @MethodSource("notAslTimestamps")
  void shouldNotMatchAStringThatIsNotAnAslTimestamp(String value) {
    // given
    final String equals = literalRule("TimestampEquals", T55);
    final String lessOrEqual = literalRule("TimestampLessThanEquals", "\"9999-12-31T23:59:59Z\"");

    // when
    final boolean equalMatched = matches(equals, values(value, "null"));
    final boolean orderMatched = matches(lessOrEqual, values(value, "null"));

    // then
    assertThat(equalMatched).isFalse();
    assertThat(orderMatched).isFalse();
  }
}
