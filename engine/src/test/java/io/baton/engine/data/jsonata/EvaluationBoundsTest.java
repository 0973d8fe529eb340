package io.baton.engine.data.jsonata;

import static io.baton.engine.data.jsonata.JsonataFixtures.causeOf;
import static io.baton.engine.data.jsonata.JsonataFixtures.eval;
import static io.baton.engine.data.jsonata.JsonataFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvaluationBoundsTest {

  private static String sumOfOnes(int terms) {
    return "1" + "+1".repeat(terms - 1);
  }

  @Test
  void shouldAcceptAHundredNestedSteps() {
    // when / then
    assertThat(eval(sumOfOnes(100))).isEqualTo(json("100"));
  }

  @Test
  void shouldRefuseDeeperNesting() {
    // when / then
    assertThat(causeOf(() -> eval(sumOfOnes(101))))
        .endsWith(
            "threw an error during evaluation: Stack overflow error: Check for non-terminating"
                + " recursive function.  Consider rewriting as tail-recursive.");
  }

  @Test
  void shouldEndATailRecursionWithoutABaseCase() {
    // when / then
    assertThat(causeOf(() -> eval("($f := function($x) { $f($x + 1) }; $f(1))")))
        .endsWith(
            "threw an error during evaluation: Expression evaluation timeout: Check for infinite"
                + " loop");
  }

  @Test
  void shouldRefuseAValueBeyondTheMemoryBound() {
    // when / then
    assertThat(eval("$count([1..873782])")).isEqualTo(json("873782"));
    assertThat(causeOf(() -> eval("[1..900000] ~> $count()")))
        .endsWith(
            "threw an error during evaluation: Expression evaluation memory limit exceeded:"
                + " Check for excessive memory usage");
  }

  @Test
  void shouldRefuseALargeRangeBeforeBuildingIt() {
    // when / then
    assertThat(eval("$count($range(1, 360145, 1))")).isEqualTo(json("360145"));
    assertThat(causeOf(() -> eval("$range(1, 360146, 1)")))
        .isEqualTo(
            "The JSONata expression '$range(1, 360146, 1)' specified for the field 'Output' threw"
                + " an error during evaluation: Expression evaluation memory limit exceeded: Check"
                + " for excessive memory usage");
  }
}
