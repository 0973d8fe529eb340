package io.baton.engine.data.intrinsic;

import static io.baton.engine.data.intrinsic.IntrinsicFixture.eval;
import static io.baton.engine.data.intrinsic.IntrinsicFixture.failure;
import static io.baton.engine.data.intrinsic.IntrinsicFixture.invalidArguments;
import static io.baton.engine.data.intrinsic.IntrinsicFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MathFunctionsTest {

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource({
    "-9, 3, -6",
    "1.49, 1.5, 3",
    "1.5, 1.51, 4",
    "-1.49, -1.5, -2",
    "-1.5, -1.51, -3",
    "0.5, 0, 1",
    "2.5, 0, 3",
    "-0.5, 0.5, 1",
    "-0.5, 0, 0",
    "-2.5, 0, -2",
    "111, -1, 110"
  })
  void shouldAddArgumentsRoundedHalfUp(String a, String b, int sum) {
    // given / when
    final var result = eval("States.MathAdd(" + a + ", " + b + ")");

    // then
    assertThat(result.isInt()).isTrue();
    assertThat(result.intValue()).isEqualTo(sum);
  }

  @Test
  void shouldKeepLargeSumsExact() {
    // given / when / then
    assertThat(eval("States.MathAdd(2147483647, 1)")).isEqualTo(json("2147483648"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "States.MathAdd($.s, 1)",
        "States.MathAdd(1, null)",
        "States.MathAdd(1)",
        "States.MathAdd(1, 2, 3)",
        "States.MathAdd(9223372036854775807, 1)"
      })
  void shouldRejectWhatCannotBeAdded(String expression) {
    // given / when / then
    assertThat(failure(expression, "{'s':'NOT A NUMBER'}").errorCause())
        .isEqualTo(invalidArguments(expression, "States.MathAdd"));
  }

  @Test
  void shouldDrawAnUnseededNumberFromTheIdSource() {
    // given: the fixture's id source always answers 0.25

    // when / then
    assertThat(eval("States.MathRandom(0, 100)")).isEqualTo(json("25"));
    assertThat(eval("States.MathRandom(-99999, -9999)")).isEqualTo(json("-77499"));
    assertThat(eval("States.MathRandom(1.6, 5.4)")).isEqualTo(json("2"));
  }

  @Test
  void shouldDrawSeededNumbersDeterministicallyWithinTheBounds() {
    // given
    final String expression = "States.MathRandom(1, 1000, 42)";

    // when
    final var first = eval(expression);
    final var second = eval(expression);

    // then
    assertThat(first).isEqualTo(second);
    assertThat(first.intValue()).isBetween(1, 999);
    assertThat(first.intValue()).isEqualTo(1 + new Random(42).nextInt(999));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, -10, 42, 123_456_789_012L, Long.MIN_VALUE})
  void shouldMatchTheJavaRandomSequenceForASeed(long seed) {
    // given
    final var ours = new SeededRandom(seed);
    final var reference = new Random(seed);

    // when / then
    for (int bound : new int[] {1, 2, 7, 1 << 20, 999_999_937, Integer.MAX_VALUE}) {
      assertThat(ours.nextInt(bound)).isEqualTo(reference.nextInt(bound));
    }
    assertThat(ours.nextDouble()).isEqualTo(reference.nextDouble());
  }

  @Test
  void shouldHandleRangesWiderThanAnInt() {
    // given / when
    final var result = eval("States.MathRandom(-3000000000, 3000000000, 7)");

    // then
    assertThat(result.longValue()).isBetween(-3_000_000_000L, 2_999_999_999L);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "States.MathRandom(1, 1)",
        "States.MathRandom(10, 5)",
        "States.MathRandom(1.4, 1.6)",
        "States.MathRandom('a', 10)",
        "States.MathRandom(1, 10, 'seed')",
        "States.MathRandom(1, 10, null)",
        "States.MathRandom(1)",
        "States.MathRandom(1, 10, 5, 99)"
      })
  void shouldRejectEmptyRangesAndNonNumbers(String expression) {
    // given / when / then
    assertThat(failure(expression).errorCause())
        .isEqualTo(invalidArguments(expression, "States.MathRandom"));
  }
}
