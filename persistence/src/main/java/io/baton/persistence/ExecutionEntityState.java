package io.baton.persistence;

import io.baton.engine.definition.StateMachineDefinition;
import io.baton.engine.definition.parse.DefinitionParser;
import io.baton.engine.execution.ExecutionState;
import io.baton.engine.json.Json;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An execution entity's state: how the execution was created, and the engine state folded from its
 * events. It is also the entity's snapshot ({@code ExecutionSnapshot.v1}). Changed only by the
 * entity's event handler.
 */
public final class ExecutionEntityState {
  private static final int DEFINITIONS_CACHED = 1000;
  private static final Map<String, StateMachineDefinition> DEFINITIONS = new ConcurrentHashMap<>();

  private JournalEvent.ExecutionCreated created;
  private StateMachineDefinition definition;
  private ExecutionState execution;
  private long stopMillis;

  public ExecutionEntityState() {}

  ExecutionEntityState(
      JournalEvent.ExecutionCreated created, ExecutionState execution, long stopMillis) {
    this.created = created;
    this.definition = execution.definition();
    this.execution = execution;
    this.stopMillis = stopMillis;
  }

  public boolean exists() {
    return created != null;
  }

  public JournalEvent.ExecutionCreated created() {
    return created;
  }

  public StateMachineDefinition definition() {
    return definition;
  }

  public ExecutionState execution() {
    return execution;
  }

  /** When the execution ended (epoch millis), or 0 while it runs. */
  public long stopMillis() {
    return stopMillis;
  }

  /** Applies a journal event; returns this state. */
  public ExecutionEntityState apply(JournalEvent event) {
    if (event instanceof JournalEvent.ExecutionCreated c) {
      created = c;
      definition = parse(c.definition());
      execution = new ExecutionState(definition);
      return this;
    }
    if (event instanceof JournalEvent.DecisionRecorded d) {
      d.events().forEach(this::record);
      return this;
    }
    if (event instanceof JournalEvent.HistoryRecorded h) {
      record(h.event());
      return this;
    }
    throw new IllegalStateException(
        "Expected a journal event this state knows, but found " + event.getClass().getName());
  }

  private void record(io.baton.engine.execution.HistoryEvent recorded) {
    execution.apply(recorded);
    if (execution.status().isTerminal() && stopMillis == 0) {
      stopMillis = recorded.timestamp().toEpochMilli();
    }
  }

  /** Parsed definitions, shared: many executions of one revision parse its text once. */
  public static StateMachineDefinition parse(String text) {
    final StateMachineDefinition cached = DEFINITIONS.get(text);
    if (cached != null) {
      return cached;
    }
    final StateMachineDefinition parsed = DefinitionParser.parse(Json.parse(text));
    if (DEFINITIONS.size() >= DEFINITIONS_CACHED) {
      DEFINITIONS.clear();
    }
    DEFINITIONS.put(text, parsed);
    return parsed;
  }
}
