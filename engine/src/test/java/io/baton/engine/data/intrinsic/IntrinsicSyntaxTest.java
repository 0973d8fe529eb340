package io.baton.engine.data.intrinsic;

import static io.baton.engine.data.intrinsic.IntrinsicFixture.eval;
import static io.baton.engine.data.intrinsic.IntrinsicFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.error.ErrorNames;
import io.baton.engine.error.FailureException;
import io.baton.engine.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntrinsicSyntaxTest {

  @Test
  void shouldRecogniseIntrinsicsByTheirStatesPrefix() {
    // given / when / then
    assertThat(Intrinsics.isIntrinsic("States.Array()")).isTrue();
    assertThat(Intrinsics.isIntrinsic("$.States")).isFalse();
    assertThat(Intrinsics.isIntrinsic("states.Array()")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "States.UUID()",
        "States.Array( $.a , $.b )",
        "States.Array(1, -2, 3.5, -0.25e-3, true, false, null, 'x')",
        "States.Format('it\\'s \\{literal\\} and \\\\ {}', $$.Execution.Name)",
        "States.Format('{}', $greeting.text)",
        "States.ArrayLength($.items[?(@.price < 10)])",
        "States.ArrayGetItem($['odd key, with comma'], 0)",
        "States.ArrayGetItem(States.StringSplit($.arn, ':'), 2)"
      })
  void shouldAcceptWellFormedExpressions(String expression) {
    // given / when / then
    assertThat(Intrinsics.syntaxError(expression)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "States.Array(",
        "States.Array($.a) trailing",
        "States.Array($.a,)",
        "States.Array(,)",
        "States.Array([1,2])",
        "States.Array(1.)",
        "States.Array(.5)",
        "States.Array(01)",
        "States.Array('unterminated)",
        "States.Array('bad \\n escape')",
        "States.Array(True)",
        "States.Array(nullx)",
        "States.Array",
        "States.",
        "States.Compare($.a, $.b)",
        "States.ArrayLength($.a[)"
      })
  void shouldReportMalformedExpressions(String expression) {
    // given / when / then
    assertThat(Intrinsics.syntaxError(expression)).isPresent();
  }

  @Test
  void shouldNameTheUnknownFunction() {
    // given / when
    final var error = Intrinsics.syntaxError("States.Compare($.a, $.b)");

    // then
    assertThat(error).contains("Unknown intrinsic function 'States.Compare'");
  }

  @Test
  void shouldAllowTenNestedCallsButNotEleven() {
    // given
    final String ten = "States.Array(".repeat(10) + "1" + ")".repeat(10);
    final String eleven = "States.Array(".repeat(11) + "1" + ")".repeat(11);

    // when / then
    assertThat(Intrinsics.syntaxError(ten)).isEmpty();
    assertThat(Intrinsics.syntaxError(eleven)).isPresent();
  }

  @Test
  void shouldLeaveArgumentCountsToRunTime() {
    // given / when / then
    assertThat(Intrinsics.syntaxError("States.ArrayRange(1, 5)")).isEmpty();
    assertThat(failure("States.ArrayRange(1, 5)").errorCause())
        .endsWith("Invalid arguments in States.ArrayRange");
  }

  @Test
  void shouldUnescapeStringLiterals() {
    // given / when / then
    assertThat(eval("States.Array('it\\'s', 'a\\\\b', '\\{\\}')"))
        .isEqualTo(Json.parse("[\"it's\", \"a\\\\b\", \"{}\"]"));
  }

  @Test
  void shouldKeepIntegerLiteralsIntegralAndDecimalsExact() {
    // given / when
    final var result = eval("States.Array(7, 9007199254740993, 1.10, 2e3)");

    // then
    assertThat(result.get(0).isInt()).isTrue();
    assertThat(result.get(1).isLong()).isTrue();
    assertThat(result.get(2).decimalValue()).isEqualByComparingTo("1.10");
    assertThat(result.get(3).decimalValue()).isEqualByComparingTo("2000");
  }

  @Test
  void shouldFailMalformedExpressionsAtRunTimeWithStatesRuntime() {
    // given / when
    final FailureException failure = failure("States.Array(");

    // then
    assertThat(failure.error()).isEqualTo(ErrorNames.RUNTIME);
    assertThat(failure.errorCause()).startsWith("The function 'States.Array(' had the following");
  }
}
