package io.baton.node.entity;

import io.baton.engine.definition.StateMachineDefinition;
import io.baton.engine.execution.ExecutionState;
import io.baton.engine.execution.HistoryEvent;
import io.baton.persistence.JournalEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The entity's state: how the execution was created, the engine state folded from its events,
 * and its history. Changed only by the event handler.
 */
final class ExecutionEntityState {
  JournalEvent.ExecutionCreated created;
  StateMachineDefinition definition;
  ExecutionState execution;
  final List<HistoryEvent> history = new ArrayList<>();
  long stopMillis;

  boolean exists() {
    return created != null;
  }
}
