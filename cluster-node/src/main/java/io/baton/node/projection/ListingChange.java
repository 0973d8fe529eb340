package io.baton.node.projection;

import akka.persistence.typed.PersistenceId;
import io.baton.persistence.JournalEvent;
import io.baton.persistence.ListingTags;
import java.util.Optional;

/**
 * What one tagged journal event changes in the listing: a new row when an execution is created, a
 * status and stop date when it ends.
 */
sealed interface ListingChange {
  /**
   * A new execution. A Distributed Map's child execution is listed under its parent execution's ARN
   * in place of a state machine ARN, so the parent can find its children.
   */
  record Created(String executionArn, String listedUnder, String name, long startMillis)
      implements ListingChange {}

  /** The execution ended. */
  record Ended(String executionArn, String status, long stopMillis) implements ListingChange {}

  /** The change an event makes, or empty for an event the listing does not need. */
  static Optional<ListingChange> of(String persistenceId, JournalEvent event) {
    if (event instanceof JournalEvent.ExecutionCreated c) {
      return Optional.of(
          new Created(
              c.executionArn(),
              c.parentExecutionArn() != null ? c.parentExecutionArn() : c.stateMachineArn(),
              c.name(),
              c.startMillis()));
    }
    return ListingTags.terminalEvent(event)
        .map(
            end ->
                new Ended(
                    PersistenceId.extractEntityId(persistenceId),
                    ListingTags.terminalStatus(event).orElseThrow().name(),
                    end.timestamp().toEpochMilli()));
  }
}
