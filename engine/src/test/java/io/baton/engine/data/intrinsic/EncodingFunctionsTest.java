package io.baton.engine.data.intrinsic;

import static io.baton.engine.data.intrinsic.IntrinsicFixture.eval;
import static io.baton.engine.data.intrinsic.IntrinsicFixture.failure;
import static io.baton.engine.data.intrinsic.IntrinsicFixture.invalidArguments;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncodingFunctionsTest {

  @ParameterizedTest(name = "{0} encodes as {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "''               | ''",
        "'Data to encode' | RGF0YSB0byBlbmNvZGU=",
        "'✓'              | 4pyT",
        "'🚀'             | 8J+agA=="
      })
  void shouldEncodeUtf8AsBase64(String literal, String expected) {
    // given / when / then
    assertThat(eval("States.Base64Encode(" + literal + ")").textValue())
        .isEqualTo(expected.equals("''") ? "" : expected);
  }

  @ParameterizedTest(name = "{0} decodes as [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "RGF0YSB0byBlbmNvZGU= | Data to encode",
        "44GT44KT44Gr44Gh44Gv | こんにちは",
        "\" YWJjZA== \"       | abcd",
        "YWJjZA               | abcd",
        "YW!Jj#ZA==           | abcd",
        "YQ==YWJj             | a",
        "Pz8-                 | ??>"
      })
  void shouldDecodeBase64Leniently(String encoded, String expected) {
    // given / when / then
    assertThat(eval("States.Base64Decode('" + encoded + "')").textValue()).isEqualTo(expected);
  }

  @Test
  void shouldLimitBase64InputsToTenThousandCharacters() {
    // given
    final String limit = "{'s':'" + "a".repeat(10_000) + "','t':'" + "a".repeat(10_001) + "'}";

    // when / then
    assertThat(eval("States.Base64Encode($.s)", limit).textValue()).hasSize(13_336);
    assertThat(eval("States.Base64Decode($.s)", limit).textValue()).hasSize(7_500);
    assertThat(failure("States.Base64Encode($.t)", limit).errorCause())
        .isEqualTo(invalidArguments("States.Base64Encode($.t)", "States.Base64Encode"));
    assertThat(failure("States.Base64Decode($.t)", limit).errorCause())
        .isEqualTo(invalidArguments("States.Base64Decode($.t)", "States.Base64Decode"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "States.Base64Encode(123)     | States.Base64Encode",
        "States.Base64Encode($.o)     | States.Base64Encode",
        "States.Base64Encode('a','b') | States.Base64Encode",
        "States.Base64Decode(123)     | States.Base64Decode",
        "States.Base64Decode()        | States.Base64Decode"
      })
  void shouldRejectNonStringBase64Arguments(String expression, String function) {
    // given / when / then
    assertThat(failure(expression, "{'o':{}}").errorCause())
        .isEqualTo(invalidArguments(expression, function));
  }

  @ParameterizedTest(name = "{1} of 'input data'")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "812f45842bc6d66ee14572ce20db8e86 | MD5",
        "aaff4a450a104cd177d28d18d74485e8cae074b7 | SHA-1",
        "b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3 | SHA-256",
        "d28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562 | SHA-384",
        "6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a533d30d425402d4f91316d871303aac4 | SHA-512"
      })
  void shouldHashAsLowerCaseHex(String expected, String algorithm) {
    // given / when / then
    assertThat(eval("States.Hash('input data', '" + algorithm + "')").textValue())
        .isEqualTo(expected);
  }

  @Test
  void shouldHashNonStringDataAsItsText() {
    // given / when / then
    assertThat(eval("States.Hash(123, 'MD5')")).isEqualTo(eval("States.Hash('123', 'MD5')"));
    assertThat(eval("States.Hash($.o, 'MD5')", "{'o':{'a':'b'}}"))
        .isEqualTo(eval("States.Hash('\\{a=b\\}', 'MD5')"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "States.Hash('data', 'sha-256')",
        "States.Hash('data', 'SHA256')",
        "States.Hash('data', 'MD-5')",
        "States.Hash('data', '')",
        "States.Hash('data', 256)",
        "States.Hash('data')",
        "States.Hash($.long, 'MD5')"
      })
  void shouldRejectUnknownAlgorithmsAndLongData(String expression) {
    // given
    final String input = "{'long':'" + "a".repeat(10_001) + "'}";

    // when / then
    assertThat(failure(expression, input).errorCause())
        .isEqualTo(invalidArguments(expression, "States.Hash"));
  }
}
