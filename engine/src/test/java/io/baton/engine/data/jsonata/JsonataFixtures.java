package io.baton.engine.data.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.IdSource;
import io.baton.engine.data.DataContext;
import io.baton.engine.data.Variables;
import io.baton.engine.error.ErrorNames;
import io.baton.engine.error.FailureException;
import io.baton.engine.json.Json;
import java.time.Instant;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Contexts with a fixed clock and a scripted id source for the JSONata tests. */
final class JsonataFixtures {
  static final Instant NOW = Instant.parse("2024-11-23T10:15:30.123Z");

  private JsonataFixtures() {}

  /** An id source that hands out numbered UUIDs and the given doubles, round robin. */
  static final class ScriptedIds implements IdSource {
    private final double[] doubles;
    private int uuids;
    private int draws;

    ScriptedIds(double... doubles) {
      this.doubles = doubles.length == 0 ? new double[] {0.5} : doubles;
    }

    @Override
    public String newUuid() {
      uuids++;
      return String.format("00000000-0000-4000-8000-%012d", uuids);
    }

    @Override
    public double nextDouble() {
      return doubles[draws++ % doubles.length];
    }

    int draws() {
      return draws;
    }
  }

  static DataContext context() {
    return context(Map.of(), new ScriptedIds());
  }

  static DataContext context(Map<String, JsonNode> variables) {
    return context(variables, new ScriptedIds());
  }

  static DataContext context(Map<String, JsonNode> variables, IdSource ids) {
    return new DataContext(Json.object(), Json.object(), Variables.EMPTY.with(variables), ids, NOW);
  }

  static JsonNode json(String text) {
    return Json.parse(text);
  }

  static JsonNode states(String input) {
    return StatesVariable.of(json(input), json("{\"Execution\":{\"Name\":\"run-1\"}}"));
  }

  /** Evaluates an expression with no variables and {@code $states.input} set to {@code input}. */
  static JsonNode eval(String expression, String input) {
    return JsonataEvaluator.evaluate(expression, "Output", context(), states(input));
  }

  static JsonNode eval(String expression) {
    return eval(expression, "{}");
  }

  /** The cause of the States.QueryEvaluationError the call fails with. */
  static String causeOf(ThrowingCallable call) {
    final Throwable thrown = Assertions.catchThrowable(call);
    Assertions.assertThat(thrown).isInstanceOf(FailureException.class);
    final var failure = (FailureException) thrown;
    Assertions.assertThat(failure.error()).isEqualTo(ErrorNames.QUERY_EVALUATION_ERROR);
    return failure.errorCause();
  }
}
