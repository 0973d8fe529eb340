package io.baton.engine.data.intrinsic;

import static io.baton.engine.data.intrinsic.IntrinsicFixture.context;
import static io.baton.engine.data.intrinsic.IntrinsicFixture.eval;
import static io.baton.engine.data.intrinsic.IntrinsicFixture.failure;
import static io.baton.engine.data.intrinsic.IntrinsicFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.baton.engine.data.DataContext;
import io.baton.engine.error.ErrorNames;
import io.baton.engine.error.FailureException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgumentResolutionTest {

  @Test
  void shouldResolveInputContextAndVariablePaths() {
    // given
    final var ctx = context("{'name':'Ada'}", Map.of("team", json("{'lead':'Grace'}")));

    // when
    final var result =
        Intrinsics.evaluate("States.Array($.name, $$.Execution.Name, $team.lead, $)", ctx);

    // then
    assertThat(result).isEqualTo(json("['Ada','exec-1','Grace',{'name':'Ada'}]"));
  }

  @Test
  void shouldTreatAnExplicitNullAsAValue() {
    // given / when / then
    assertThat(eval("States.Array($.nothing)", "{'nothing':null}")).isEqualTo(json("[null]"));
  }

  @Test
  void shouldReturnAnEmptyArrayForAWildcardThatMatchesNothing() {
    // given / when / then
    assertThat(eval("States.ArrayLength($.items[*].missing)", "{'items':[1,2]}"))
        .isEqualTo(json("0"));
  }

  @Test
  void shouldFailWithTheAwsCauseWhenAPathMatchesNothing() {
    // given
    final String expression = "States.Format('{} {}', $.other, $.a.b)";

    // when
    final FailureException failure = failure(expression, "{'other':1}");

    // then
    assertThat(failure.error()).isEqualTo(ErrorNames.RUNTIME);
    assertThat(failure.errorCause())
        .isEqualTo(
            "The function 'States.Format('{} {}', $.other, $.a.b)' had the following error: "
                + "The JsonPath argument for the field '$.a.b' could not be found in the input "
                + "'{\"other\":1}'");
  }

  @Test
  void shouldTreatAnIndexPastTheEndAsAMiss() {
    // given / when
    final FailureException failure = failure("States.Array($.items[5])", "{'items':[1,2]}");

    // then
    assertThat(failure.errorCause()).contains("field '$.items[5]' could not be found");
  }

  @Test
  void shouldReportAMissingContextPathWithOneDollarLessAndTheStateInput() {
    // given / when
    final FailureException failure = failure("States.Array($$.Nope.Deep)", "{'other':1}");

    // then
    assertThat(failure.errorCause())
        .endsWith(
            "The JsonPath argument for the field '$.Nope.Deep' could not be found in the input "
                + "'{\"other\":1}'");
  }

  @Test
  void shouldReportAnUndefinedVariableAsAMissingPath() {
    // given / when
    final FailureException failure = failure("States.Array($undefined)", "{}");

    // then
    assertThat(failure.errorCause()).contains("field '$undefined' could not be found");
  }

  @Test
  void shouldNameTheWholeExpressionWhenANestedCallFails() {
    // given
    final String expression = "States.Format('{}', States.Format('{}', $.nope))";

    // when
    final FailureException failure = failure(expression, "{}");

    // then
    assertThat(failure.errorCause()).startsWith("The function '" + expression + "' had");
  }

  @Test
  void shouldPassNestedResultsToTheOuterCall() {
    // given / when
    final var result =
        eval("States.ArrayGetItem(States.StringSplit($.arn, ':'), 2)", "{'arn':'arn:aws:states'}");

    // then
    assertThat(result).isEqualTo(json("'states'"));
  }

  @Test
  void shouldCacheParsedExpressionsWithoutSharingResults() {
    // given
    final String expression = "States.MathAdd($.n, 1)";

    // when
    final var first = eval(expression, "{'n':1}");
    final var second = eval(expression, "{'n':41}");

    // then
    assertThat(first).isEqualTo(json("2"));
    assertThat(second).isEqualTo(json("42"));
  }

  @Test
  void shouldReadRandomnessOnlyFromTheIdSource() {
    // given
    final var ids = new IntrinsicFixture.FixedIds("00000000-0000-4000-8000-000000000000", 0.999);
    final var plain = context("{}");
    final var ctx =
        new DataContext(plain.input(), plain.context(), plain.variables(), ids, plain.now());

    // when
    final var uuid = Intrinsics.evaluate("States.UUID()", ctx);
    final var random = Intrinsics.evaluate("States.MathRandom(0, 10)", ctx);

    // then
    assertThat(uuid.textValue()).isEqualTo("00000000-0000-4000-8000-000000000000");
    assertThat(random).isEqualTo(json("9"));
    assertThat(catchThrowableOfType(() -> eval("States.UUID(1)"), FailureException.class))
        .isNotNull();
  }
}
