package io.baton.engine.interpreter.choice;

import static io.baton.engine.interpreter.choice.ChoiceFixture.literalRule;
import static io.baton.engine.interpreter.choice.ChoiceFixture.matches;
import static io.baton.engine.interpreter.choice.ChoiceFixture.pathRule;
import static io.baton.engine.interpreter.choice.ChoiceFixture.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StringOperatorsTest {

  static Stream<Arguments> comparisons() {
    return Stream.of(
        Arguments.of("StringEquals", "\"HelloWorld\"", "\"HelloWorld\"", true),
        Arguments.of("StringEquals", "\"helloworld\"", "\"HelloWorld\"", false),
        Arguments.of("StringEquals", "\"\\t\\n\"", "\"\\t\\r\\n\"", false),
        Arguments.of("StringEquals", "\"\"", "\"\"", true),
        Arguments.of("StringLessThan", "\"A\"", "\"AB\"", true),
        Arguments.of("StringLessThan", "\"\"", "\"\"", false),
        Arguments.of("StringLessThan", "\"AB\"", "\"A\"", false),
        Arguments.of("StringLessThan", "\"B\"", "\"a\"", true),
        Arguments.of("StringGreaterThan", "\"A\"", "\"A \"", false),
        Arguments.of("StringGreaterThan", "\"A\"", "\"A\\t\\n\\r\"", false),
        Arguments.of("StringGreaterThan", "\"b\"", "\"a\"", true),
        Arguments.of("StringLessThanEquals", "\"\"", "\"\"", true),
        Arguments.of("StringLessThanEquals", "\"A\"", "\"AB\"", true),
        Arguments.of("StringLessThanEquals", "\"AB\"", "\"A\"", false),
        Arguments.of("StringGreaterThanEquals", "\"\"", "\"\"", true),
        Arguments.of("StringGreaterThanEquals", "\"A\"", "\"AB\"", false),
        Arguments.of("StringGreaterThanEquals", "\"AB\"", "\"A\"", true));
  }

  @ParameterizedTest(name = "{1} {0} {2} is {3}")
  @MethodSource("comparisons")
  void shouldCompareStringsWithALiteral(
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
  void shouldCompareStringsWithAPathOperand(
      String operator, String left, String right, boolean expected) {
    // given
    final String rule = pathRule(operator + "Path");

    // when
    final boolean matched = matches(rule, values(left, right));

    // then
    assertThat(matched).isEqualTo(expected);
  }

  @ParameterizedTest(name = "StringEquals against {0} is false")
  @MethodSource("io.baton.engine.interpreter.choice.TypeMismatchTest#nonStrings")
  void shouldNotMatchAStringOperatorOnANonString(String value) {
    // given
    final String rule = literalRule("StringEquals", "\"HelloWorld\"");

    // when
    final boolean matched = matches(rule, values(value, "null"));

    // then
    assertThat(matched).isFalse();
  }

  @Test
  void shouldOrderStringsByUtf16CodeUnits() {
    // given: U+1F600 is above U+FF61 as a code point, but its first UTF-16 unit (D83D) is below
    final String rule = literalRule("StringLessThan", "\"\uFF61\"");

    // when
    final boolean matched = matches(rule, values("\"\uD83D\uDE00\"", "null"));

    // then
    assertThat(matched).isTrue();
  }

  @Test
  void shouldCompareATimestampStringAsAPlainString() {
    // given
    final String rule = literalRule("StringEquals", "\"2012-10-09T19:00:55Z\"");

    // when
    final boolean sameText = matches(rule, values("\"2012-10-09T19:00:55Z\"", "null"));
    final boolean sameInstant = matches(rule, values("\"2012-10-09T20:00:55+01:00\"", "null"));

    // then
    assertThat(sameText).isTrue();
    assertThat(sameInstant).isFalse();
  }
}
