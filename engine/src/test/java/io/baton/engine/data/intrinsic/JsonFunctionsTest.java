package io.baton.engine.data.intrinsic;

import static io.baton.engine.data.intrinsic.IntrinsicFixture.eval;
import static io.baton.engine.data.intrinsic.IntrinsicFixture.failure;
import static io.baton.engine.data.intrinsic.IntrinsicFixture.invalidArguments;
import static io.baton.engine.data.intrinsic.IntrinsicFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonFunctionsTest {

  private static JsonNode parsed(String text) {
    final var ctx = IntrinsicFixture.context(Json.object().put("s", text));
    return Intrinsics.evaluate("States.StringToJson($.s)", ctx);
  }

  @Test
  void shouldParseJsonText() {
    // given / when / then
    assertThat(parsed("{\"Arg1\": 1, \"Arg2\": []}")).isEqualTo(json("{'Arg1':1,'Arg2':[]}"));
    assertThat(parsed("[1, 2, \"HelloWorld\"]")).isEqualTo(json("[1,2,'HelloWorld']"));
    assertThat(parsed("\"HelloWorld\"")).isEqualTo(json("'HelloWorld'"));
    assertThat(parsed("true")).isEqualTo(json("true"));
    assertThat(parsed("1.1")).isEqualTo(json("1.1"));
    assertThat(parsed("-0")).isEqualTo(json("0"));
  }

  @Test
  void shouldParseEmptyAndBlankTextAsNull() {
    // given / when / then
    assertThat(parsed("")).isEqualTo(json("null"));
    assertThat(parsed("  ")).isEqualTo(json("null"));
    assertThat(parsed("null")).isEqualTo(json("null"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "States.StringToJson('{not json')",
        "States.StringToJson('1 2')",
        "States.StringToJson(12)",
        "States.StringToJson($.o)",
        "States.StringToJson()"
      })
  void shouldRejectWhatIsNotAJsonString(String expression) {
    // given / when / then
    assertThat(failure(expression, "{'o':{}}").errorCause())
        .isEqualTo(invalidArguments(expression, "States.StringToJson"));
  }

  @ParameterizedTest(name = "{0} as text is {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "null                 | null",
        "1                    | 1",
        "1.1                  | 1.1",
        "'HelloWorld'         | \"HelloWorld\"",
        "[1,2,'HelloWorld']   | [1,2,\"HelloWorld\"]",
        "{'Arg1':1,'Arg2':[]} | {\"Arg1\":1,\"Arg2\":[]}"
      })
  void shouldWriteCompactJsonText(String value, String expected) {
    // given / when / then
    assertThat(eval("States.JsonToString($.v)", "{'v':" + value + "}").textValue())
        .isEqualTo(expected);
  }

  @Test
  void shouldMergeShallowlyWithTheSecondObjectWinning() {
    // given
    final String input = "{'a':{'a':{'a1':1,'a2':2},'b':2},'b':{'a':{'a3':1},'c':3}}";

    // when
    final var merged = eval("States.JsonMerge($.a, $.b, false)", input);

    // then
    assertThat(merged).isEqualTo(json("{'a':{'a3':1},'b':2,'c':3}"));
    assertThat(eval("States.JsonMerge($.a, $.b, false)", "{'a':{},'b':{}}")).isEqualTo(json("{}"));
  }

  @Test
  void shouldLeaveTheMergedObjectsUntouched() {
    // given
    final var ctx = IntrinsicFixture.context("{'a':{'x':1},'b':{'y':2}}");

    // when
    Intrinsics.evaluate("States.JsonMerge($.a, $.b, false)", ctx);

    // then
    assertThat(ctx.input()).isEqualTo(json("{'a':{'x':1},'b':{'y':2}}"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "States.JsonMerge($.a, $.b, true)",
        "States.JsonMerge($.a, $.b, 'false')",
        "States.JsonMerge($.a, $.list, false)",
        "States.JsonMerge('{}', $.b, false)",
        "States.JsonMerge($.a, $.b)"
      })
  void shouldRejectDeepOrNonObjectMerges(String expression) {
    // given / when / then
    assertThat(failure(expression, "{'a':{},'b':{},'list':[]}").errorCause())
        .isEqualTo(invalidArguments(expression, "States.JsonMerge"));
  }
}
