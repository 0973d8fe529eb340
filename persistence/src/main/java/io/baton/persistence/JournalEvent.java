package io.baton.persistence;

import io.baton.engine.execution.HistoryEvent;

/**
 * What an execution's journal holds: first the facts it was created with, then its history. Type
 * names and versions are stable (see {@link JournalSerializer}); never rename one.
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

  /** One step of the execution's history, as the engine decided it. */
  record HistoryRecorded(HistoryEvent event) implements JournalEvent {}
}
