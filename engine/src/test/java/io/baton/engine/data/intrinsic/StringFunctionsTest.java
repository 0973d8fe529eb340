package io.baton.engine.data.intrinsic;

import static io.baton.engine.data.intrinsic.IntrinsicFixture.eval;
import static io.baton.engine.data.intrinsic.IntrinsicFixture.failure;
import static io.baton.engine.data.intrinsic.IntrinsicFixture.invalidArguments;
import static io.baton.engine.data.intrinsic.IntrinsicFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StringFunctionsTest {

  @ParameterizedTest(name = "split [{0}] on [{1}] = {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      ignoreLeadingAndTrailingWhitespace = false,
      value = {
        "1,2,3,4,5|,|['1','2','3','4','5']",
        " |,|[' ']",
        " , |,|[' ',' ']",
        ", , ,|,|[' ',' ']",
        ",,,,|,|[]",
        "This.is+a,test=string|.+,=|['This','is','a','test','string']",
        "no separators||['no separators']",
        "|,|[]"
      })
  void shouldSplitOnEverySeparatorCharacterAndDropEmptyPieces(
      String text, String separators, String expected) {
    // given
    final var input = Json.object();
    input.put("t", text == null ? "" : text).put("s", separators == null ? "" : separators);
    final var ctx = IntrinsicFixture.context(input);

    // when / then
    assertThat(Intrinsics.evaluate("States.StringSplit($.t, $.s)", ctx)).isEqualTo(json(expected));
  }

  @Test
  void shouldSplitOnNewlinesAndSurrogatePairs() {
    // given / when / then
    assertThat(eval("States.StringSplit('Hello\nWorld', '\n')"))
        .isEqualTo(json("['Hello','World']"));
    assertThat(eval("States.StringSplit('a🚀b', '🚀')")).isEqualTo(json("['a','b']"));
  }

  @Test
  void shouldRejectNonStringSplitArguments() {
    // given / when / then
    assertThat(failure("States.StringSplit(123, ',')").errorCause())
        .isEqualTo(invalidArguments("States.StringSplit(123, ',')", "States.StringSplit"));
    assertThat(failure("States.StringSplit('a,b')").errorCause())
        .isEqualTo(invalidArguments("States.StringSplit('a,b')", "States.StringSplit"));
  }

  @Test
  void shouldReturnTheNextUuidOfTheExecution() {
    // given / when / then
    assertThat(eval("States.UUID()").textValue()).isEqualTo(IntrinsicFixture.IDS.newUuid());
    assertThat(failure("States.UUID('x')").errorCause())
        .isEqualTo(invalidArguments("States.UUID('x')", "States.UUID"));
  }
}
