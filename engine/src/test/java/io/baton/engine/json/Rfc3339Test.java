package io.baton.engine.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Rfc3339Test {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "2016-03-14T01:59:00Z, 2016-03-14T01:59:00Z",
    "2016-03-14T01:59:00.5Z, 2016-03-14T01:59:00.500Z",
    "2016-03-14T01:59:00.123456789Z, 2016-03-14T01:59:00.123456789Z",
    "2016-03-14T02:59:00+01:00, 2016-03-14T01:59:00Z",
    "2016-03-13T21:29:00-04:30, 2016-03-14T01:59:00Z",
    "2016-03-14T01:59:00-00:00, 2016-03-14T01:59:00Z",
    "2016-02-29T23:59:59Z, 2016-02-29T23:59:59Z",
    "0001-01-01T00:00:00Z, 0001-01-01T00:00:00Z"
  })
  void shouldReadAnAslTimestamp(String text, String instant) {
    // when / then
    assertThat(Rfc3339.parse(text)).contains(Instant.parse(instant));
  }

  @ParameterizedTest(name = "\"{0}\" is not a timestamp")
  @ValueSource(
      strings = {
        "",
        "2016-03-14t01:59:00Z",
        "2016-03-14T01:59:00z",
        "2016-03-14 01:59:00Z",
        "2016-03-14T01:59:00",
        "2016-03-14T01:59Z",
        "2016-03-14",
        "2016-03-14T01:59:00+0100",
        "2016-03-14T01:59:00+01",
        "2016-03-14T01:59:00.Z",
        "2016-03-14T01:59:00.1234567891Z",
        "2016-02-30T00:00:00Z",
        "2015-02-29T00:00:00Z",
        "2016-13-01T00:00:00Z",
        "2016-03-14T24:00:00Z",
        "2016-03-14T23:60:00Z",
        "2016-03-14T23:59:60Z",
        "2016-03-14T01:59:00+19:00",
        "16-03-14T01:59:00Z",
        " 2016-03-14T01:59:00Z",
        "2016-03-14T01:59:00Z ",
        "\u0661\u0669\u0667\u0660-01-01T00:00:00Z"
      })
  void shouldRejectWhatIsNotAnAslTimestamp(String text) {
    // when / then
    assertThat(Rfc3339.parse(text)).isEmpty();
    assertThat(Rfc3339.isTimestamp(text)).isFalse();
  }
}
