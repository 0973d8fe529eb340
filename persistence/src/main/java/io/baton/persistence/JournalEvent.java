package io.baton.persistence;

import io.baton.engine.execution.HistoryEvent;
import java.util.List;

/**
 * What an execution's journal holds: first the facts it was created with, then its history, a
 * decision per row. Type names and versions are stable (see {@link JournalSerializer}); never
 * rename one.
 */
public sealed interface JournalEvent {
  /**
   * The execution was accepted: its definition (JSON text), names, input, and where it came from (a
   * mock test case; the Distributed Map that started it, if any — null otherwise).
   */
  record ExecutionCreated(
      String definition,
      String stateMachineArn,
      String revisionId,
      String executionArn,
      String name,
      String input,
      String roleArn,
      String mockTestCase,
      String parentExecutionArn,
      String parentFrame,
      int parentIndex,
      long startMillis)
      implements JournalEvent {}

  /**
   * One step of the execution's history, as the engine decided it: one journal row per history
   * event. Written by 0.1.0; still read, no longer written (see {@link DecisionRecorded}).
   */
  record HistoryRecorded(HistoryEvent event) implements JournalEvent {}

  /**
   * The history events of one decision (or of part of a large one), in order, in one journal row. A
   * chain of twenty Pass and Choice states is then one row instead of forty-odd: the journal's cost
   * is per row (insert, index entries, serialization), and a decision is persisted atomically
   * either way.
   */
  record DecisionRecorded(List<HistoryEvent> events) implements JournalEvent {
    public DecisionRecorded {
      events = List.copyOf(events);
    }
  }
}
