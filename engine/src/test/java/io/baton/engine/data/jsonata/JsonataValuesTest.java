package io.baton.engine.data.jsonata;

import static io.baton.engine.data.jsonata.JsonataFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.json.Json;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonataValuesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"a\":[1,2.5,\"x\",true,null,{}],\"b\":{\"c\":[]}}",
        "[]",
        "\"text\"",
        "0",
        "-7",
        "2147483648",
        "9223372036854775807",
        "1.1",
        "0.3333333333333333",
        "false",
        "null"
      })
  void shouldRoundTripJsonUnchanged(String text) {
    // given
    final JsonNode node = json(text);

    // when
    final JsonNode back = JsonataValues.toJson(JsonataValues.toJava(node));

    // then
    assertThat(back).isEqualTo(node);
    assertThat(Json.write(back)).isEqualTo(Json.write(node));
  }

  @Test
  void shouldGiveJsonataIntegersForIntegralNumbers() {
    // given
    final JsonNode node = json("[3, 3.0, 4294967296, 1e2]");

    // when
    final Object value = JsonataValues.toJava(node);

    // then
    assertThat(value).isEqualTo(List.of(3, 3, 4294967296L, 100));
  }

  @Test
  void shouldTurnIntegersBeyondLongIntoDoubles() {
    // given
    final JsonNode node = json("123456789012345678901234567890");

    // when
    final Object value = JsonataValues.toJava(node);

    // then
    assertThat(value).isEqualTo(1.2345678901234568E29);
  }

  @Test
  void shouldMapJsonNullToTheLibraryNullAndMissingToUndefined() {
    // when / then
    assertThat(JsonataValues.toJava(json("null"))).isSameAs(Jsonata.NULL_VALUE);
    assertThat(JsonataValues.toJava(Json.object().path("absent"))).isNull();
    assertThat(JsonataValues.toJson(null).isMissingNode()).isTrue();
  }

  @Test
  void shouldWriteIntegralDoublesAsIntegers() {
    // when / then
    assertThat(Json.write(JsonataValues.toJson(3.0))).isEqualTo("3");
    assertThat(Json.write(JsonataValues.toJson(-0.0))).isEqualTo("0");
    assertThat(Json.write(JsonataValues.toJson(4294967296.0))).isEqualTo("4294967296");
    assertThat(Json.write(JsonataValues.toJson(1e20))).isEqualTo("100000000000000000000");
    assertThat(Json.write(JsonataValues.toJson(2.5))).isEqualTo("2.5");
  }

  @Test
  void shouldKeepLargeIntegersExact() {
    // when / then
    assertThat(Json.write(JsonataValues.toJson(9007199254740993L))).isEqualTo("9007199254740993");
    assertThat(JsonataValues.toJson(new BigInteger("123456789012345678901234567890")))
        .isEqualTo(json("123456789012345678901234567890"));
  }

  @Test
  void shouldWriteNonFiniteNumbersAsJavaScriptNamesThem() {
    // when / then
    assertThat(JsonataValues.toJson(Double.POSITIVE_INFINITY)).isEqualTo(json("\"Infinity\""));
    assertThat(JsonataValues.toJson(Double.NEGATIVE_INFINITY)).isEqualTo(json("\"-Infinity\""));
    assertThat(JsonataValues.toJson(Double.NaN)).isEqualTo(json("\"NaN\""));
  }

  @Test
  void shouldDropFunctionsFromObjectsAndNullThemInArrays() {
    // given
    final Object function = new Object();

    // when
    final JsonNode object = JsonataValues.toJson(Map.of("f", function));
    final JsonNode array = JsonataValues.toJson(List.of(1, function));

    // then
    assertThat(object).isEqualTo(json("{}"));
    assertThat(array).isEqualTo(json("[1,null]"));
  }
}
