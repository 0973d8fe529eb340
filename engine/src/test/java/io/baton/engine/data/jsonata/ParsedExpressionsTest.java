package io.baton.engine.data.jsonata;

import static io.baton.engine.data.jsonata.JsonataFixtures.context;
import static io.baton.engine.data.jsonata.JsonataFixtures.json;
import static io.baton.engine.data.jsonata.JsonataFixtures.states;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ParsedExpressionsTest {

  @Test
  void shouldNotLeakVariablesFromOneEvaluationIntoAnother() {
    // given: two expressions parsed on this thread, the second evaluated with $leak bound
    final String first = "$leak & '-first'";
    final String second = "$leak & '-second'";
    JsonataEvaluator.evaluate(first, context(Map.of("leak", json("\"x\""))), states("{}"));
    JsonataEvaluator.evaluate(second, context(Map.of("leak", json("\"y\""))), states("{}"));

    // when: both are evaluated again without $leak
    final JsonNode firstAgain = JsonataEvaluator.evaluate(first, context(), states("{}"));
    final JsonNode secondAgain = JsonataEvaluator.evaluate(second, context(), states("{}"));

    // then
    assertThat(firstAgain).isEqualTo(json("\"-first\""));
    assertThat(secondAgain).isEqualTo(json("\"-second\""));
  }

  @Test
  void shouldEvaluateOneParsedExpressionOnManyThreads() throws Exception {
    // given
    final String expression = "$states.input.n * $factor";
    final ExecutorService pool = Executors.newFixedThreadPool(8);
    final List<Callable<Boolean>> tasks = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      final int n = i;
      tasks.add(
          () -> {
            final JsonNode result =
                JsonataEvaluator.evaluate(
                    expression,
                    context(Map.of("factor", json(String.valueOf(n % 7)))),
                    states("{\"n\": " + n + "}"));
            return result.asLong() == (long) n * (n % 7);
          });
    }

    // when
    final List<Future<Boolean>> results = pool.invokeAll(tasks);
    pool.shutdown();

    // then
    for (Future<Boolean> result : results) {
      assertThat(result.get()).isTrue();
    }
  }
}
