package io.baton.engine.runner;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.execution.ExecutionState;
import io.baton.engine.execution.ExecutionStatus;
import io.baton.engine.execution.HistoryEvent;
import java.util.List;
import java.util.Optional;

/** The end of a local run: status, output or error and cause, and the full history. */
public record ExecutionResult(
    ExecutionStatus status,
    Optional<JsonNode> output,
    Optional<String> error,
    Optional<String> cause,
    List<HistoryEvent> history,
    ExecutionState finalState) {

  /** The Step Functions history: visible events only. */
  public List<HistoryEvent> visibleHistory() {
    return history.stream().filter(HistoryEvent::visible).toList();
  }
}
