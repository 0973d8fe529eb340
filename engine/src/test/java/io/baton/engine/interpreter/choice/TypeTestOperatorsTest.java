package io.baton.engine.interpreter.choice;

import static io.baton.engine.interpreter.choice.ChoiceFixture.literalRule;
import static io.baton.engine.interpreter.choice.ChoiceFixture.matches;
import static io.baton.engine.interpreter.choice.ChoiceFixture.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TypeTestOperatorsTest {
  private static final List<String> VALUES =
      List.of(
          "null",
          "0",
          "0.0",
          "1.1",
          "-5e10",
          "\"\"",
          "\"HelloWorld\"",
          "\"2012-10-09T19:00:55Z\"",
          "\"2012-10-09T19:00:55.25+01:00\"",
          "\"2012-10-09T19:00:55\"",
          "\"2023-02-24\"",
          "true",
          "false",
          "[]",
          "[\"\"]",
          "{}",
          "{\"A\": 0}");

  /** Each type test with the values (from {@link #VALUES}) it is true for. */
  static Stream<Arguments> typeTests() {
    return Stream.of(
        Arguments.of("IsNull", List.of("null")),
        Arguments.of("IsNumeric", List.of("0", "0.0", "1.1", "-5e10")),
        Arguments.of(
            "IsString",
            List.of(
                "\"\"",
                "\"HelloWorld\"",
                "\"2012-10-09T19:00:55Z\"",
                "\"2012-10-09T19:00:55.25+01:00\"",
                "\"2012-10-09T19:00:55\"",
                "\"2023-02-24\"")),
        Arguments.of("IsBoolean", List.of("true", "false")),
        Arguments.of(
            "IsTimestamp", List.of("\"2012-10-09T19:00:55Z\"", "\"2012-10-09T19:00:55.25+01:00\"")),
        Arguments.of("IsPresent", VALUES));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("typeTests")
  void shouldTestTheTypeOfEveryKindOfValue(String operator, List<String> trueFor) {
    for (String value : VALUES) {
      // given
      final boolean expected = trueFor.contains(value);

      // when
      final boolean whenTrue = matches(literalRule(operator, "true"), values(value, "null"));
      final boolean whenFalse = matches(literalRule(operator, "false"), values(value, "null"));

      // then
      assertThat(whenTrue).as("%s: true on %s", operator, value).isEqualTo(expected);
      assertThat(whenFalse).as("%s: false on %s", operator, value).isEqualTo(!expected);
    }
  }

  @Test
  void shouldTellAMissingFieldFromANullOneWithIsPresent() {
    // given
    final String present = "{\"Variable\": \"$.missing\", \"IsPresent\": true}";
    final String absent = "{\"Variable\": \"$.missing\", \"IsPresent\": false}";

    // when
    final boolean presentWhenMissing = matches(present, "{}");
    final boolean absentWhenMissing = matches(absent, "{}");
    final boolean presentWhenNull = matches(present, "{\"missing\": null}");

    // then
    assertThat(presentWhenMissing).isFalse();
    assertThat(absentWhenMissing).isTrue();
    assertThat(presentWhenNull).isTrue();
  }

  @Test
  void shouldSeeNothingPastAMissingParentWithIsPresent() {
    // given
    final String rule = "{\"Variable\": \"$.a.b[3].c\", \"IsPresent\": false}";

    // when
    final boolean noParent = matches(rule, "{}");
    final boolean parentIsAString = matches(rule, "{\"a\": \"text\"}");
    final boolean shortArray = matches(rule, "{\"a\": {\"b\": [1, 2]}}");

    // then
    assertThat(noParent).isTrue();
    assertThat(parentIsAString).isTrue();
    assertThat(shortArray).isTrue();
  }
}
