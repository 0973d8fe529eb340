package io.baton.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** A Succeed state: ends its machine successfully. */
public record SucceedState(
    String name,
    QueryLanguage queryLanguage,
    DataFlow dataFlow,
    Optional<String> next) implements State {
  @Override
  public String typeName() {
    return "Succeed";
  }

  @Override
  public <R> R accept(StateVisitor<R> visitor) {
    return visitor.visitSucceed(this);
  }
}
