package io.baton.engine.data.intrinsic;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.IdSource;
import io.baton.engine.data.DataContext;
import io.baton.engine.data.Variables;
import io.baton.engine.error.FailureException;
import io.baton.engine.json.Json;
import java.time.Instant;
import java.util.Map;

/** Builds data contexts and evaluates intrinsics for the tests of this package. */
final class IntrinsicFixture {
  static final IdSource IDS = new FixedIds("3f1c9a2e-8b4d-4e6f-9a1b-2c3d4e5f6a7b", 0.25);

  private IntrinsicFixture() {}

  static JsonNode json(String text) {
    return Json.parse(text.replace('\'', '"'));
  }

  static DataContext context(String input) {
    return context(json(input));
  }

  static DataContext context(JsonNode input) {
    final ObjectNode contextObject = Json.object();
    contextObject.putObject("Execution").put("Name", "exec-1").set("Input", input);
    return new DataContext(input, contextObject, Variables.EMPTY, IDS, Instant.EPOCH);
  }

  static DataContext context(String input, Map<String, JsonNode> variables) {
    final DataContext plain = context(input);
    return new DataContext(
        plain.input(), plain.context(), Variables.EMPTY.with(variables), IDS, Instant.EPOCH);
  }

  /** Evaluates against an input written with single quotes for readability. */
  static JsonNode eval(String expression, String input) {
    return Intrinsics.evaluate(expression, context(input));
  }

  static JsonNode eval(String expression) {
    return eval(expression, "{}");
  }

  static FailureException failure(String expression, String input) {
    return catchThrowableOfType(() -> eval(expression, input), FailureException.class);
  }

  static FailureException failure(String expression) {
    return failure(expression, "{}");
  }

  /** The cause AWS gives when a function rejects its arguments. */
  static String invalidArguments(String expression, String function) {
    return "The function '"
        + expression
        + "' had the following error: Invalid arguments in "
        + function;
  }

  /** An id source that always answers the same values. */
  record FixedIds(String uuid, double fraction) implements IdSource {
    @Override
    public String newUuid() {
      return uuid;
    }

    @Override
    public double nextDouble() {
      return fraction;
    }
  }
}
