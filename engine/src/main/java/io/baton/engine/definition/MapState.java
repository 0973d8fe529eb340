package io.baton.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** A Map state: runs its item processor once per item, inline or as child executions (DISTRIBUTED). Numeric fields hold a number, a JSONata string, or MissingNode. */
public record MapState(
    String name,
    QueryLanguage queryLanguage,
    DataFlow dataFlow,
    Optional<String> next,
    StateMachineDefinition itemProcessor,
    boolean distributed,
    String executionType,
    Optional<String> itemsPath,
    JsonNode items,
    JsonNode itemSelector,
    JsonNode maxConcurrency,
    Optional<String> maxConcurrencyPath,
    JsonNode toleratedFailureCount,
    Optional<String> toleratedFailureCountPath,
    JsonNode toleratedFailurePercentage,
    Optional<String> toleratedFailurePercentagePath,
    JsonNode itemReader,
    JsonNode itemBatcher,
    JsonNode resultWriter,
    Optional<String> label,
    ErrorHandling errorHandling) implements State {
  @Override
  public String typeName() {
    return "Map";
  }

  @Override
  public <R> R accept(StateVisitor<R> visitor) {
    return visitor.visitMap(this);
  }
}
