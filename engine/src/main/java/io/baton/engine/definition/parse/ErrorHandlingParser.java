package io.baton.engine.definition.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.definition.Catcher;
import io.baton.engine.definition.ErrorHandling;
import io.baton.engine.definition.Retrier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses Retry and Catch, applying ASL's defaults (1 s interval, 3 attempts, rate 2.0). */
final class ErrorHandlingParser {
  private ErrorHandlingParser() {}

  static ErrorHandling parse(JsonNode state) {
    final List<Retrier> retriers = new ArrayList<>();
    for (JsonNode r : state.path("Retry")) {
      retriers.add(
          new Retrier(
              strings(r.path("ErrorEquals")),
              r.path("IntervalSeconds").asDouble(1),
              r.path("MaxAttempts").asInt(3),
              r.path("BackoffRate").asDouble(2.0),
              r.has("MaxDelaySeconds")
                  ? Optional.of(r.get("MaxDelaySeconds").asInt())
                  : Optional.empty(),
              "FULL".equals(r.path("JitterStrategy").asText())
                  ? Retrier.JitterStrategy.FULL
                  : Retrier.JitterStrategy.NONE));
    }
    final List<Catcher> catchers = new ArrayList<>();
    for (JsonNode c : state.path("Catch")) {
      catchers.add(
          new Catcher(
              strings(c.path("ErrorEquals")),
              c.path("Next").asText(),
              DefinitionParser.path(c, "ResultPath"),
              DefinitionParser.field(c, "Output"),
              DefinitionParser.field(c, "Assign")));
    }
    return retriers.isEmpty() && catchers.isEmpty()
        ? ErrorHandling.NONE
        : new ErrorHandling(retriers, catchers);
  }

  private static List<String> strings(JsonNode array) {
    final List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
