package io.baton.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** A Pass state: passes its input (or a fixed Result) to its output. */
public record PassState(
    String name,
    QueryLanguage queryLanguage,
    DataFlow dataFlow,
    Optional<String> next,
    JsonNode result) implements State {
  @Override
  public String typeName() {
    return "Pass";
  }

  @Override
  public <R> R accept(StateVisitor<R> visitor) {
    return visitor.visitPass(this);
  }
}
