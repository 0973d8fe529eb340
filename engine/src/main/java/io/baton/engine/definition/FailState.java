package io.baton.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** A Fail state: ends its machine with an error and cause (literal, Path, or JSONata; MissingNode / empty when absent). */
public record FailState(
    String name,
    QueryLanguage queryLanguage,
    DataFlow dataFlow,
    Optional<String> next,
    JsonNode error,
    Optional<String> errorPath,
    JsonNode cause,
    Optional<String> causePath) implements State {
  @Override
  public String typeName() {
    return "Fail";
  }

  @Override
  public <R> R accept(StateVisitor<R> visitor) {
    return visitor.visitFail(this);
  }
}
