package io.baton.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.data.DataContext;
import io.baton.engine.data.PathFields;
import io.baton.engine.data.PayloadTemplate;
import io.baton.engine.definition.FailState;
import io.baton.engine.error.Failure;
import io.baton.engine.execution.Frame;
import java.util.Optional;

/** Fail: ends its frame with an error and a cause, from literals, paths or JSONata. */
final class FailHandler {
  private FailHandler() {}

  static void run(Decider d, Frame f, FailState state) {
    final StateData data = new StateData(d, f);
    final String error;
    final String cause;
    if (data.jsonata) {
      final var states = data.states(null, null);
      error = text(evaluate(data, state.error(), "Error", states));
      cause = text(evaluate(data, state.cause(), "Cause", states));
    } else {
      final JsonNode afterInputPath =
          PathFields.select(
              state.dataFlow().inputPath(), f.stateInput(), data.data(f.stateInput()));
      final DataContext ctx = data.data(afterInputPath);
      error = pathOrLiteral(state.errorPath(), state.error(), "ErrorPath", ctx);
      cause = pathOrLiteral(state.causePath(), state.cause(), "CausePath", ctx);
    }
    Failures.frameFailed(d, f, new Failure(error == null ? "" : error, cause));
  }

  private static JsonNode evaluate(
      StateData data, JsonNode field, String name, com.fasterxml.jackson.databind.node.ObjectNode states) {
    if (field.isMissingNode()) {
      return null;
    }
    return data.jsonata(field, name, states);
  }

  private static String pathOrLiteral(
      Optional<String> path, JsonNode literal, String field, DataContext ctx) {
    if (path.isPresent()) {
      return text(PayloadTemplate.dynamicValue(field, path.get(), ctx));
    }
    return literal.isMissingNode() ? null : literal.asText();
  }

  private static String text(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isTextual() ? value.asText() : io.baton.engine.json.Json.write(value);
  }
}
