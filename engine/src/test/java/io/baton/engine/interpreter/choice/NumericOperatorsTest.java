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

class NumericOperatorsTest {

  static Stream<Arguments> comparisons() {
    return Stream.of(
        Arguments.of("NumericEquals", "0", "0.0", true),
        Arguments.of("NumericEquals", "1", "1.0", true),
        Arguments.of("NumericEquals", "1.1", "1", false),
        Arguments.of("NumericEquals", "2.22", "2.22", true),
        Arguments.of("NumericEquals", "100", "1e2", true),
        Arguments.of("NumericEquals", "-0.0", "0", true),
        Arguments.of("NumericEquals", "0.30000000000000004", "0.3", false),
        Arguments.of("NumericEquals", "9007199254740993", "9007199254740992", false),
        Arguments.of(
            "NumericEquals", "123456789012345678901234567890", "1.2345678901234568e29", false),
        Arguments.of("NumericLessThan", "0", "1", true),
        Arguments.of("NumericLessThan", "1", "1.0", false),
        Arguments.of("NumericLessThan", "-2.5", "-2.25", true),
        Arguments.of("NumericGreaterThan", "1", "0", true),
        Arguments.of("NumericGreaterThan", "0.0", "0", false),
        Arguments.of("NumericGreaterThan", "1.0000000000000001", "1", true),
        Arguments.of("NumericLessThanEquals", "0.0", "0", true),
        Arguments.of("NumericLessThanEquals", "1", "0", false),
        Arguments.of("NumericLessThanEquals", "-2.25", "-2.25", true),
        Arguments.of("NumericGreaterThanEquals", "1", "1", true),
        Arguments.of("NumericGreaterThanEquals", "0", "1", false),
        Arguments.of("NumericGreaterThanEquals", "1e3", "999.999", true));
  }

  @ParameterizedTest(name = "{1} {0} {2} is {3}")
  @MethodSource("comparisons")
  void shouldCompareNumbersWithALiteral(
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
  void shouldCompareNumbersWithAPathOperand(
      String operator, String left, String right, boolean expected) {
    // given
    final String rule = pathRule(operator + "Path");

    // when
    final boolean matched = matches(rule, values(left, right));

    // then
    assertThat(matched).isEqualTo(expected);
  }
}
