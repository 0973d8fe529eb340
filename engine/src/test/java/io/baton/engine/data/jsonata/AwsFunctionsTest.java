package io.baton.engine.data.jsonata;

import static io.baton.engine.data.jsonata.JsonataFixtures.causeOf;
import static io.baton.engine.data.jsonata.JsonataFixtures.eval;
import static io.baton.engine.data.jsonata.JsonataFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.json.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AwsFunctionsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "$partition([1,2,3,4,5,6,7,8,9], 3) | [[1,2,3],[4,5,6],[7,8,9]]",
        "$partition([1,2,3,4,5], 2)         | [[1,2],[3,4],[5]]",
        "$partition([1,2], 5)               | [[1,2]]",
        "$partition([0], 1)                 | [[0]]",
        "$partition([1,2,3,4,5], 2.9)       | [[1,2],[3,4],[5]]",
        "$partition('a', 1)                 | [[\"a\"]]",
        "$count($partition([1,2,3], 1))     | 3",
      })
  void shouldPartitionArraysIntoChunks(String expression, String expected) {
    // when / then
    assertThat(eval(expression)).isEqualTo(json(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"$partition([1,2,3], 0)", "$partition([], 2)", "$partition([1,2], 0.5)"})
  void shouldLeavePartitionUndefinedForAnEmptyResult(String expression) {
    // when / then
    assertThat(eval(expression).isMissingNode()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "$range(0, 9, 3)          | [0,3,6,9]",
        "$range(0, 10, 3)         | [0,3,6,9]",
        "$range(1, 9, 2)          | [1,3,5,7,9]",
        "$range(0, 10, 2)         | [0,2,4,6,8,10]",
        "$range(9, 1, -4)         | [9,5,1]",
        "$range(-1.7, 2, 1)       | [-1,0,1,2]",
        "$range(1, 9, 9)          | 1",
        "$range(3, 3, -1)         | 3",
        "$append([], $range(7, 7, 1)) | [7]",
      })
  void shouldBuildInclusiveRanges(String expression, String expected) {
    // when / then
    assertThat(eval(expression)).isEqualTo(json(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"$range(3, 1, 1)", "$range(1, 3, -1)", "$range(0, 4, 0)", "$range(0, 4)"})
  void shouldLeaveRangeUndefinedWhenTheStepCannotReachTheEnd(String expression) {
    // when / then
    assertThat(eval(expression).isMissingNode()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "MD5     | a43c1b0aa53a0c908810c06ab1ff3967",
        "SHA-1   | 140f86aae51ab9e1cda9b4254fe98a74eb54c1a1",
        "SHA-256 | c96c6d5be8d08a12e7b5cdc1b207fa6b2430974c86803d8891675e76fd992c20",
      })
  void shouldHashStringsAsLowerCaseHex(String algorithm, String digest) {
    // when / then
    assertThat(eval("$hash('input', '" + algorithm + "')")).isEqualTo(json('"' + digest + '"'));
  }

  @ParameterizedTest
  @ValueSource(strings = {"SHA-384", "SHA-512"})
  void shouldSupportTheLongerShaDigests(String algorithm) {
    // when
    final String digest = eval("$hash('input', '" + algorithm + "')").textValue();

    // then
    assertThat(digest).matches("[0-9a-f]{" + (algorithm.endsWith("384") ? 96 : 128) + "}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"$hash('input', 'sha-256')", "$hash('input', 'CRC32')"})
  void shouldRejectUnknownHashAlgorithms(String expression) {
    // when / then
    assertThat(causeOf(() -> eval(expression)))
        .contains("threw an error during evaluation: The hash algorithm must be one of MD5");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "-0                          | 0",
        "1                           | 1",
        "1.1                         | 1.1",
        "true                        | true",
        "\"HelloWorld\"              | \"HelloWorld\"",
        "[1, 2, \"HelloWorld\"]      | [1,2,\"HelloWorld\"]",
        "{\"Arg1\": 1, \"Arg2\": []} | {\"Arg1\":1,\"Arg2\":[]}",
        "null                        | null",
      })
  void shouldParseJsonStrings(String text, String expected) {
    // given
    final String input = Json.object().put("text", text).toString();

    // when / then
    assertThat(eval("$parse($states.input.text)", input)).isEqualTo(json(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"$parse('{')", "$parse('')", "$parse('[1] 2')"})
  void shouldRejectInvalidJson(String expression) {
    // when / then
    assertThat(causeOf(() -> eval(expression)))
        .contains("threw an error during evaluation: The argument of function \"parse\"");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "$range('0', 4, 1) | T0410: Argument 1 of function \"range\" does not match function signature",
        "$hash(1, 'MD5')   | T0410: Argument 1 of function \"hash\" does not match function signature",
        "$parse(1)         | T0410: Argument 1 of function \"parse\" does not match function signature",
        "$partition([1], 'x') | T0410: Argument 2 of function \"partition\" does not match function signature",
      })
  void shouldRejectArgumentsOfTheWrongType(String expression, String detail) {
    // when / then
    assertThat(causeOf(() -> eval(expression)))
        .isEqualTo(
            "The JSONata expression '"
                + expression
                + "' specified for the field 'Output' threw an error during evaluation. "
                + detail);
  }
}
