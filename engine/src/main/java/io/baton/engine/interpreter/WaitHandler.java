package io.baton.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.data.JsonPaths;
import io.baton.engine.data.PathFields;
import io.baton.engine.definition.WaitState;
import io.baton.engine.error.ErrorNames;
import io.baton.engine.error.FailureException;
import io.baton.engine.execution.EventTypes;
import io.baton.engine.execution.Frame;
import io.baton.engine.json.Json;
import java.time.Instant;
import java.util.Optional;

/** Wait: parks the frame on a durable timer until a duration passes or a timestamp arrives. */
final class WaitHandler {
  private WaitHandler() {}

  static void run(Decider d, Frame f, WaitState state) {
    final StateData data = new StateData(d, f);
    final JsonNode afterInputPath = afterInputPath(data, state);
    final Instant until = until(d, f, state, data, afterInputPath);
    if (!until.isAfter(d.now)) {
      finish(d, f, state);
      return;
    }
    final String timerId = "wait:" + f.path() + ":" + f.enteredEventId();
    final ObjectNode internal = Events.internal();
    internal.put("timerId", timerId);
    internal.put("fireAt", until.toString());
    d.emitHidden(EventTypes.TIMER_SCHEDULED, f, internal);
    d.effect(new Effect.StartTimer(timerId, until));
  }

  /** The timer fired (or the wait was already over): leave the state. */
  static void finish(Decider d, Frame f, WaitState state) {
    final StateData data = new StateData(d, f);
    Exits.exit(d, f, data.finish(null, afterInputPath(data, state)), state.next());
  }

  private static JsonNode afterInputPath(StateData data, WaitState state) {
    if (data.jsonata) {
      return data.frame.stateInput();
    }
    return PathFields.select(
        state.dataFlow().inputPath(), data.frame.stateInput(), data.data(data.frame.stateInput()));
  }

  private static Instant until(
      Decider d, Frame f, WaitState state, StateData data, JsonNode input) {
    if (data.jsonata) {
      final ObjectNode states = data.states(null, null);
      if (!state.seconds().isMissingNode()) {
        final JsonNode seconds = data.jsonata(state.seconds(), "Seconds", states);
        return f.enteredTime().plusSeconds(seconds.asLong());
      }
      final JsonNode stamp = data.jsonata(state.timestamp(), "Timestamp", states);
      return WaitTimestamps.parse(stamp.asText())
          .orElseThrow(
              () ->
                  new FailureException(
                      ErrorNames.QUERY_EVALUATION_ERROR,
                      "The Timestamp field cannot be parsed as an ISO-8601 extended offset"
                          + " date-time format string: "
                          + stamp.asText()));
    }
    if (!state.seconds().isMissingNode()) {
      return f.enteredTime().plusSeconds(state.seconds().asLong());
    }
    if (!state.timestamp().isMissingNode()) {
      return WaitTimestamps.parse(state.timestamp().asText()).orElse(d.now);
    }
    if (state.secondsPath().isPresent()) {
      return f.enteredTime().plusSeconds(secondsAt(state.secondsPath().get(), data, input));
    }
    final String path = state.timestampPath().orElseThrow();
    final Optional<JsonNode> value = JsonPaths.find(path, data.data(input));
    if (value.isEmpty()) {
      throw new FailureException(
          ErrorNames.RUNTIME,
          "The TimestampPath parameter does not reference an input value: " + path);
    }
    final String text = value.get().isTextual() ? value.get().asText() : Json.write(value.get());
    return WaitTimestamps.parse(text)
        .orElseThrow(
            () ->
                new FailureException(
                    ErrorNames.RUNTIME,
                    "The TimestampPath parameter does not reference a valid ISO-8601 extended"
                        + " offset date-time format string: "
                        + path
                        + " == "
                        + text));
  }

  private static long secondsAt(String path, StateData data, JsonNode input) {
    final Optional<JsonNode> value = JsonPaths.find(path, data.data(input));
    if (value.isEmpty()) {
      throw new FailureException(
          ErrorNames.RUNTIME, "The SecondsPath parameter does not reference an input value: " + path);
    }
    final JsonNode v = value.get();
    if (!v.isIntegralNumber() && !(v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0)) {
      throw new FailureException(
          ErrorNames.RUNTIME,
          "The SecondsPath parameter cannot be parsed as a long value: "
              + path
              + " == "
              + (v.isTextual() ? v.asText() : Json.write(v)));
    }
    if (v.asLong() < 0) {
      throw new FailureException(
          ErrorNames.RUNTIME,
          "The SecondsPath parameter references a negative value: " + path + " == " + v.asLong());
    }
    return v.asLong();
  }
}
