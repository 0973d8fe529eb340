package io.baton.engine.data.jsonata;

import static io.baton.engine.data.jsonata.JsonataFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.error.FailureException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonataFailuresTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "true          | boolean | true",
        "1             | number  | 1",
        "null          | null    | null",
        "{\"foo\":\"bar\"} | object  | {\"foo\":\"bar\"}",
        "\"s\"         | string  | \"s\"",
      })
  void shouldDescribeAnUnexpectedResultType(String value, String type, String written) {
    // when
    final FailureException failure =
        JsonataFailures.unexpectedType("$ItemsVar", "Items", "array", json(value));

    // then
    assertThat(failure.error()).isEqualTo("States.QueryEvaluationError");
    assertThat(failure.errorCause())
        .isEqualTo(
            "The JSONata expression '$ItemsVar' specified for the field 'Items' returned an"
                + " unexpected result type. Expected 'array', but was '"
                + type
                + "' for value: "
                + written);
  }
}
