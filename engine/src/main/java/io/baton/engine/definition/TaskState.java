package io.baton.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** A Task state: a unit of work done outside the engine (a resource), with timeouts, Retry and Catch. Timeout fields hold a number, a JSONata string, or MissingNode; the Path forms are empty when absent. */
public record TaskState(
    String name,
    QueryLanguage queryLanguage,
    DataFlow dataFlow,
    Optional<String> next,
    String resource,
    JsonNode timeoutSeconds,
    Optional<String> timeoutSecondsPath,
    JsonNode heartbeatSeconds,
    Optional<String> heartbeatSecondsPath,
    JsonNode credentials,
    ErrorHandling errorHandling) implements State {
  @Override
  public String typeName() {
    return "Task";
  }

  @Override
  public <R> R accept(StateVisitor<R> visitor) {
    return visitor.visitTask(this);
  }
}
