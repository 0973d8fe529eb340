package io.baton.engine.interpreter.choice;

import static io.baton.engine.interpreter.choice.ChoiceFixture.input;
import static io.baton.engine.interpreter.choice.ChoiceFixture.matches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.baton.engine.definition.choice.ChoiceBranch;
import io.baton.engine.definition.choice.ChoiceRuleParser;
import io.baton.engine.error.FailureException;
import io.baton.engine.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompositeRulesTest {
  private static final String AWS_DOCS_CHOICES =
      "[{\"Not\": {\"Variable\": \"$.type\", \"StringEquals\": \"Private\"}, \"Next\": \"Public\"},"
          + " {\"Variable\": \"$.value\", \"NumericEquals\": 0, \"Next\": \"ValueIsZero\"},"
          + " {\"And\": [{\"Variable\": \"$.value\", \"NumericGreaterThanEquals\": 20},"
          + " {\"Variable\": \"$.value\", \"NumericLessThan\": 30}], \"Next\": \"ValueInTwenties\"}]";

  @ParameterizedTest(name = "{0} takes {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"type\": \"Public\", \"value\": 3}   | Public",
        "{\"type\": \"Private\", \"value\": 0}  | ValueIsZero",
        "{\"type\": \"Private\", \"value\": 25} | ValueInTwenties",
        "{\"type\": \"Private\", \"value\": 3}  | <default>",
        "{\"type\": \"Private\", \"value\": 30} | <default>",
      })
  void shouldTakeTheFirstMatchingBranch(String data, String expected) {
    // given
    final List<ChoiceBranch> branches = branches(AWS_DOCS_CHOICES);

    // when
    final Optional<ChoiceBranch> taken = ChoiceEvaluator.firstMatch(branches, input(data));

    // then
    assertThat(taken.map(ChoiceBranch::next).orElse("<default>")).isEqualTo(expected);
  }

  @Test
  void shouldStopAtTheFirstMatchBeforeALaterRuleCouldFail() {
    // given
    final List<ChoiceBranch> branches =
        branches(
            "[{\"Variable\": \"$.a\", \"IsPresent\": true, \"Next\": \"First\"},"
                + " {\"Variable\": \"$.missing\", \"IsNull\": true, \"Next\": \"Second\"}]");

    // when
    final Optional<ChoiceBranch> taken = ChoiceEvaluator.firstMatch(branches, input("{\"a\": 1}"));
    final FailureException failure =
        catchThrowableOfType(
            () -> ChoiceEvaluator.firstMatch(branches, input("{}")), FailureException.class);

    // then
    assertThat(taken.map(ChoiceBranch::next)).contains("First");
    assertThat(failure.errorCause()).startsWith("Invalid path '$.missing'");
  }

  @ParameterizedTest(name = "{0} on {1} is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"And\": [{\"Variable\": \"$.t\", \"StringEquals\": \"Public\"}] } | {\"t\": \"Public\"} | true",
        "{\"Or\": [{\"Variable\": \"$.n\", \"NumericLessThan\": 0}, {\"Variable\": \"$.n\", \"NumericGreaterThan\": 9}]} | {\"n\": 10} | true",
        "{\"Or\": [{\"Variable\": \"$.n\", \"NumericLessThan\": 0}, {\"Variable\": \"$.n\", \"NumericGreaterThan\": 9}]} | {\"n\": 5} | false",
        "{\"Not\": {\"Not\": {\"Variable\": \"$.b\", \"BooleanEquals\": true}}} | {\"b\": true} | true",
        "{\"And\": [{\"Or\": [{\"Variable\": \"$.a\", \"IsNull\": true}, {\"Variable\": \"$.a\", \"IsNumeric\": true}]}, {\"Not\": {\"Variable\": \"$.a\", \"NumericEquals\": 0}}]} | {\"a\": null} | true",
        "{\"And\": [{\"Or\": [{\"Variable\": \"$.a\", \"IsNull\": true}, {\"Variable\": \"$.a\", \"IsNumeric\": true}]}, {\"Not\": {\"Variable\": \"$.a\", \"NumericEquals\": 0}}]} | {\"a\": 0} | false",
        "{\"And\": [{\"Or\": [{\"Variable\": \"$.a\", \"IsNull\": true}, {\"Variable\": \"$.a\", \"IsNumeric\": true}]}, {\"Not\": {\"Variable\": \"$.a\", \"NumericEquals\": 0}}]} | {\"a\": \"0\"} | false",
        "{\"And\": [{\"Variable\": \"$\", \"IsPresent\": true}, {\"And\": [{\"Variable\": \"$\", \"IsNumeric\": true}, {\"Variable\": \"$\", \"NumericEquals\": 3}]}]} | 3 | true",
        "{\"And\": [{\"Variable\": \"$\", \"IsPresent\": true}, {\"And\": [{\"Variable\": \"$\", \"IsNumeric\": true}, {\"Variable\": \"$\", \"NumericEquals\": 3}]}]} | {} | false",
      })
  void shouldCombineRules(String rule, String data, boolean expected) {
    // when / then
    assertThat(matches(rule, data)).isEqualTo(expected);
  }

  private static List<ChoiceBranch> branches(String json) {
    final List<ChoiceBranch> branches = new ArrayList<>();
    Json.parse(json).forEach(rule -> branches.add(ChoiceRuleParser.parseBranch(rule)));
    return branches;
  }
}
