package io.baton.engine.data.intrinsic;

import static io.baton.engine.data.intrinsic.IntrinsicFixture.eval;
import static io.baton.engine.data.intrinsic.IntrinsicFixture.failure;
import static io.baton.engine.data.intrinsic.IntrinsicFixture.invalidArguments;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.json.Json;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FormatFunctionTest {

  @Test
  void shouldReplacePlaceholdersInOrder() {
    // given / when
    final var result = eval("States.Format('{} is {} years', $.name, 36)", "{'name':'Ada'}");

    // then
    assertThat(result.textValue()).isEqualTo("Ada is 36 years");
  }

  static Stream<Arguments> renderings() {
    return Stream.of(
        Arguments.of("\"\"", ""),
        Arguments.of("\"HelloWorld\"", "HelloWorld"),
        Arguments.of("null", "null"),
        Arguments.of("true", "true"),
        Arguments.of("1", "1"),
        Arguments.of("1.1", "1.1"),
        Arguments.of("-9007199254740993", "-9007199254740993"),
        Arguments.of("{\"Arg1\":1,\"Arg2\":[]}", "{Arg1=1, Arg2=[]}"),
        Arguments.of("[\"a\",null,{\"k\":\"v\"},[1.5]]", "[a, null, {k=v}, [1.5]]"),
        Arguments.of("\"{\\\"Arg1\\\": 1}\"", "{\"Arg1\": 1}"));
  }

  @ParameterizedTest(name = "{0} renders as [{1}]")
  @MethodSource("renderings")
  void shouldRenderValuesAsAwsPrintsThem(String value, String expected) {
    // given
    final var ctx = IntrinsicFixture.context(Json.parse("{\"v\":" + value + "}"));

    // when
    final var result = Intrinsics.evaluate("States.Format('<{}>', $.v)", ctx);

    // then
    assertThat(result.textValue()).isEqualTo("<" + expected + ">");
  }

  @Test
  void shouldReturnATemplateWithoutPlaceholdersUnchanged() {
    // given / when / then
    assertThat(eval("States.Format('  no placeholders  ')").textValue())
        .isEqualTo("  no placeholders  ");
  }

  @Test
  void shouldTreatEscapedBracesInALiteralTemplateAsText() {
    // given / when
    final var result = eval("States.Format('\\{{}\\} it\\'s \\\\', 'x')");

    // then
    assertThat(result.textValue()).isEqualTo("{x} it's \\");
  }

  @Test
  void shouldTakeTheTemplateFromAPath() {
    // given / when
    final var result = eval("States.Format($.t, $.n)", "{'t':'n={}','n':1}");

    // then
    assertThat(result.textValue()).isEqualTo("n=1");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "States.Format('{} {}', 'a')",
        "States.Format('{}', 'a', 'b')",
        "States.Format($.n, 'a')",
        "States.Format()"
      })
  void shouldRejectArgumentsThatDoNotFitTheTemplate(String expression) {
    // given / when / then
    assertThat(failure(expression, "{'n':123}").errorCause())
        .isEqualTo(invalidArguments(expression, "States.Format"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "States.Format('Hello {', 'x')    | matching '}' not found for '{'.",
        "States.Format('Hello {{}}', 'x') | matching '}' not found for '{'.",
        "States.Format('}')               | matching '{' not found for '}'."
      })
  void shouldRejectUnbalancedBraces(String expression, String detail) {
    // given / when / then
    assertThat(failure(expression).errorCause())
        .endsWith("had the following error: Invalid template in States.Format: " + detail);
  }
}
