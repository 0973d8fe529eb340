package io.baton.engine.interpreter.choice;

import static io.baton.engine.interpreter.choice.ChoiceFixture.literalRule;
import static io.baton.engine.interpreter.choice.ChoiceFixture.matches;
import static io.baton.engine.interpreter.choice.ChoiceFixture.pathRule;
import static io.baton.engine.interpreter.choice.ChoiceFixture.values;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BooleanEqualsTest {

  @ParameterizedTest(name = "{0} BooleanEquals {1} is {2}")
  @CsvSource({"true, true, true", "false, false, true", "true, false, false", "false, true, false"})
  void shouldCompareBooleansWithALiteral(String left, String right, boolean expected) {
    // given
    final String rule = literalRule("BooleanEquals", right);

    // when
    final boolean matched = matches(rule, values(left, "null"));

    // then
    assertThat(matched).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} BooleanEqualsPath {1} is {2}")
  @CsvSource({"true, true, true", "false, false, true", "true, false, false", "false, true, false"})
  void shouldCompareBooleansWithAPathOperand(String left, String right, boolean expected) {
    // given
    final String rule = pathRule("BooleanEqualsPath");

    // when
    final boolean matched = matches(rule, values(left, right));

    // then
    assertThat(matched).isEqualTo(expected);
  }
}
