package io.baton.node.projection;

import akka.projection.eventsourced.EventEnvelope;
import akka.projection.jdbc.javadsl.JdbcHandler;
import io.baton.persistence.JournalEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a group of tagged journal events to the listing table, in the session's transaction (the
 * projection commits its offset in the same one).
 */
final class ListingHandler extends JdbcHandler<List<EventEnvelope<JournalEvent>>, DatabaseSession> {
  @Override
  public void process(DatabaseSession session, List<EventEnvelope<JournalEvent>> envelopes)
      throws Exception {
    final List<ListingChange> changes = new ArrayList<>(envelopes.size());
    for (EventEnvelope<JournalEvent> envelope : envelopes) {
      ListingChange.of(envelope.persistenceId(), envelope.event()).ifPresent(changes::add);
    }
    if (changes.isEmpty()) {
      return;
    }
    session.withConnection(
        c -> {
          ExecutionRows.write(c, changes);
          return null;
        });
  }
}
