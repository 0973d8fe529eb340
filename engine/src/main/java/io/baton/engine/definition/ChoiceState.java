package io.baton.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** A Choice state: the first matching rule picks the next state, else Default. {@code next} is always empty; rules carry their own Next. */
public record ChoiceState(
    String name,
    QueryLanguage queryLanguage,
    DataFlow dataFlow,
    Optional<String> next,
    List<ChoiceBranch> choices,
    Optional<String> defaultState) implements State {
  @Override
  public String typeName() {
    return "Choice";
  }

  @Override
  public <R> R accept(StateVisitor<R> visitor) {
    return visitor.visitChoice(this);
  }
}
