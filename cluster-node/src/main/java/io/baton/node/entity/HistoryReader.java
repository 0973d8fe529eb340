package io.baton.node.entity;

import akka.actor.typed.ActorSystem;
import akka.persistence.jdbc.query.javadsl.JdbcReadJournal;
import akka.persistence.query.EventEnvelope;
import akka.persistence.query.PersistenceQuery;
import akka.stream.javadsl.Sink;
import io.baton.engine.execution.HistoryEvent;
import io.baton.persistence.JournalEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Reads an execution's history straight from its journal, so entities need not keep it in memory
 * and a page costs one query. The journal is the history: nothing is translated.
 */
public final class HistoryReader {
  private final ActorSystem<?> system;
  private final JdbcReadJournal journal;

  public HistoryReader(ActorSystem<?> system) {
    this.system = system;
    this.journal =
        PersistenceQuery.get(system)
            .getReadJournalFor(JdbcReadJournal.class, JdbcReadJournal.Identifier());
  }

  /** The visible history events of an execution, oldest first. */
  public CompletionStage<List<HistoryEvent>> history(String executionArn) {
    return journal
        .currentEventsByPersistenceId(
            ExecutionEntity.TYPE_KEY.name() + "|" + executionArn, 0L, Long.MAX_VALUE)
        .runWith(Sink.seq(), system)
        .thenApply(
            envelopes -> {
              final List<HistoryEvent> events = new ArrayList<>(envelopes.size());
              for (EventEnvelope envelope : envelopes) {
                if (envelope.event() instanceof JournalEvent.DecisionRecorded d) {
                  d.events().forEach(e -> visible(e, events));
                } else if (envelope.event() instanceof JournalEvent.HistoryRecorded h) {
                  visible(h.event(), events);
                }
              }
              return events;
            });
  }

  private static void visible(HistoryEvent event, List<HistoryEvent> into) {
    if (event.visible()) {
      into.add(event);
    }
  }
}
