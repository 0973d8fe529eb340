package io.baton.engine.data.jsonata;

import static io.baton.engine.data.jsonata.JsonataFixtures.causeOf;
import static io.baton.engine.data.jsonata.JsonataFixtures.context;
import static io.baton.engine.data.jsonata.JsonataFixtures.eval;
import static io.baton.engine.data.jsonata.JsonataFixtures.json;
import static io.baton.engine.data.jsonata.JsonataFixtures.states;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.data.jsonata.JsonataFixtures.ScriptedIds;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContextFunctionsTest {

  @Test
  void shouldTakeNowFromTheContextClock() {
    // when / then
    assertThat(eval("$now()")).isEqualTo(json("\"2024-11-23T10:15:30.123Z\""));
    assertThat(eval("$millis()")).isEqualTo(json("1732356930123"));
    assertThat(eval("$now('[Y0001]-[M01]-[D01]')")).isEqualTo(json("\"2024-11-23\""));
    assertThat(eval("$now('[H01]:[m01]', '-0500')")).isEqualTo(json("\"05:15\""));
  }

  @Test
  void shouldReturnTheSameInstantThroughoutAnEvaluation() {
    // when / then
    assertThat(eval("$millis() = $millis() and $now() = $fromMillis($millis())"))
        .isEqualTo(json("true"));
  }

  @Test
  void shouldDrawUnseededRandomNumbersFromTheIdSource() {
    // given
    final var ids = new ScriptedIds(0.25, 0.75);

    // when
    final JsonNode result =
        JsonataEvaluator.evaluate("[$random(), $random()]", context(Map.of(), ids), states("{}"));

    // then
    assertThat(result).isEqualTo(json("[0.25, 0.75]"));
    assertThat(ids.draws()).isEqualTo(2);
  }

  @Test
  void shouldComputeSeededRandomNumbersAsJavaUtilRandomDoes() {
    // when / then
    assertThat(eval("$random(42)")).isEqualTo(json("0.7275636800328681"));
    assertThat(eval("$random(42.9)")).isEqualTo(json("0.7275636800328681"));
    assertThat(SeededRandom.firstDouble(-7L)).isEqualTo(new java.util.Random(-7L).nextDouble());
  }

  @Test
  void shouldRejectANonNumericSeed() {
    // when / then
    assertThat(causeOf(() -> eval("$random('x')")))
        .endsWith("T0410: Argument 1 of function \"random\" does not match function signature");
  }

  @Test
  void shouldTakeUuidsFromTheIdSource() {
    // when / then
    assertThat(eval("[$uuid(), $uuid()]"))
        .isEqualTo(
            json(
                "[\"00000000-0000-4000-8000-000000000001\","
                    + " \"00000000-0000-4000-8000-000000000002\"]"));
  }

  @Test
  void shouldShuffleDeterministicallyFromTheIdSource() {
    // given
    final var ids = new ScriptedIds(0.0);

    // when
    final JsonNode result =
        JsonataEvaluator.evaluate("$shuffle([1, 2, 3, 4])", context(Map.of(), ids), states("{}"));

    // then
    assertThat(result).isEqualTo(json("[4, 1, 2, 3]"));
    assertThat(ids.draws()).isEqualTo(4);
  }

  @Test
  void shouldLetAVariableShadowAStepFunctionsFunction() {
    // given
    final var ctx = context(Map.of("uuid", json("\"mine\"")));

    // when
    final JsonNode result = JsonataEvaluator.evaluate("$uuid", ctx, states("{}"));

    // then
    assertThat(result).isEqualTo(json("\"mine\""));
  }
}
