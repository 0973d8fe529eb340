package io.baton.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** A Wait state: exactly one of Seconds, SecondsPath, Timestamp, TimestampPath is set (MissingNode / empty otherwise). */
public record WaitState(
    String name,
    QueryLanguage queryLanguage,
    DataFlow dataFlow,
    Optional<String> next,
    JsonNode seconds,
    Optional<String> secondsPath,
    JsonNode timestamp,
    Optional<String> timestampPath) implements State {
  @Override
  public String typeName() {
    return "Wait";
  }

  @Override
  public <R> R accept(StateVisitor<R> visitor) {
    return visitor.visitWait(this);
  }
}
