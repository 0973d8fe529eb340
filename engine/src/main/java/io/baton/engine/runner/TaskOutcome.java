package io.baton.engine.runner;

import com.fasterxml.jackson.databind.JsonNode;

/** How a task call ended: a result, or an error and cause for Retry and Catch. */
public sealed interface TaskOutcome {
  record Succeeded(JsonNode output) implements TaskOutcome {}

  record Failed(String error, String cause) implements TaskOutcome {}

  static TaskOutcome success(JsonNode output) {
    return new Succeeded(output);
  }

  static TaskOutcome failure(String error, String cause) {
    return new Failed(error, cause);
  }
}
