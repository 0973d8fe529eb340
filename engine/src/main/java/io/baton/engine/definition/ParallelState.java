package io.baton.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** A Parallel state: runs every branch on the same input; the output is the array of branch outputs. */
public record ParallelState(
    String name,
    QueryLanguage queryLanguage,
    DataFlow dataFlow,
    Optional<String> next,
    List<StateMachineDefinition> branches,
    ErrorHandling errorHandling) implements State {
  @Override
  public String typeName() {
    return "Parallel";
  }

  @Override
  public <R> R accept(StateVisitor<R> visitor) {
    return visitor.visitParallel(this);
  }
}
