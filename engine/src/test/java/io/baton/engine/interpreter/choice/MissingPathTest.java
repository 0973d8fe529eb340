package io.baton.engine.interpreter.choice;

import static io.baton.engine.interpreter.choice.ChoiceFixture.literalRule;
import static io.baton.engine.interpreter.choice.ChoiceFixture.matches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.baton.engine.error.ErrorNames;
import io.baton.engine.error.FailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MissingPathTest {

  @ParameterizedTest(name = "{0} on a missing Variable fails")
  @CsvSource(
      delimiter = '|',
      value = {
        "StringEquals              | \"x\"",
        "StringMatches             | \"*\"",
        "NumericEquals             | 1",
        "NumericLessThan           | 1",
        "BooleanEquals             | true",
        "TimestampEquals           | \"2012-10-09T19:00:55Z\"",
        "IsNull                    | true",
        "IsNull                    | false",
        "IsNumeric                 | false",
        "IsString                  | false",
        "IsBoolean                 | false",
        "IsTimestamp               | false",
      })
  void shouldFailWhenTheVariableSelectsNothing(String operator, String operand) {
    // given
    final String rule = literalRule(operator, operand);

    // when
    final FailureException failure =
        catchThrowableOfType(() -> matches(rule, "{\"w\": 1}"), FailureException.class);

    // then
    assertThat(failure.error()).isEqualTo(ErrorNames.RUNTIME);
    assertThat(failure.errorCause())
        .isEqualTo(
            "Invalid path '$.v': The choice state's condition path references an invalid value.");
  }

  @Test
  void shouldFailWhenThePathOperandSelectsNothing() {
    // given
    final String rule = "{\"Variable\": \"$.left\", \"NumericLessThanEqualsPath\": \"$.right\"}";

    // when
    final FailureException failure =
        catchThrowableOfType(() -> matches(rule, "{\"left\": 8}"), FailureException.class);

    // then
    assertThat(failure.error()).isEqualTo(ErrorNames.RUNTIME);
    assertThat(failure.errorCause())
        .isEqualTo(
            "Invalid path '$.right': The choice state's condition path references an invalid"
                + " value.");
  }

  @Test
  void shouldNameTheVariableWhenBothPathsSelectNothing() {
    // given
    final String rule = "{\"Variable\": \"$.left\", \"StringEqualsPath\": \"$.right\"}";

    // when
    final FailureException failure =
        catchThrowableOfType(() -> matches(rule, "{}"), FailureException.class);

    // then
    assertThat(failure.errorCause()).startsWith("Invalid path '$.left'");
  }

  @Test
  void shouldFailOnAMissingPathOperandEvenWhenTheVariableHasAnotherType() {
    // given
    final String rule = "{\"Variable\": \"$.left\", \"NumericEqualsPath\": \"$.right\"}";

    // when
    final FailureException failure =
        catchThrowableOfType(() -> matches(rule, "{\"left\": \"8\"}"), FailureException.class);

    // then
    assertThat(failure.errorCause()).startsWith("Invalid path '$.right'");
  }

  @Test
  void shouldFailWhenAPathWalksThroughAValueOfAnotherType() {
    // given
    final String rule = "{\"Variable\": \"$.a.b\", \"StringEquals\": \"x\"}";

    // when
    final FailureException failure =
        catchThrowableOfType(() -> matches(rule, "{\"a\": [1]}"), FailureException.class);

    // then
    assertThat(failure.errorCause()).startsWith("Invalid path '$.a.b'");
  }

  @Test
  void shouldFailUnderNotToo() {
    // given
    final String rule = "{\"Not\": {\"Variable\": \"$.type\", \"StringEquals\": \"Private\"}}";

    // when
    final FailureException failure =
        catchThrowableOfType(() -> matches(rule, "{\"value\": 3}"), FailureException.class);

    // then
    assertThat(failure.errorCause()).startsWith("Invalid path '$.type'");
  }

  @Test
  void shouldNotEvaluateAMissingPathThatAnEarlierRuleMakesIrrelevant() {
    // given
    final String and =
        "{\"And\": [{\"Variable\": \"$.x\", \"IsPresent\": true},"
            + " {\"Variable\": \"$.x\", \"NumericEquals\": 3}]}";
    final String or =
        "{\"Or\": [{\"Variable\": \"$.x\", \"IsPresent\": false},"
            + " {\"Variable\": \"$.x\", \"NumericEquals\": 3}]}";

    // when
    final boolean andMatched = matches(and, "{}");
    final boolean orMatched = matches(or, "{}");

    // then
    assertThat(andMatched).isFalse();
    assertThat(orMatched).isTrue();
  }
}
