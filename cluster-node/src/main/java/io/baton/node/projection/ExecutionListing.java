package io.baton.node.projection;

import akka.actor.typed.ActorSystem;
import akka.cluster.sharding.typed.ShardedDaemonProcessSettings;
import akka.cluster.sharding.typed.javadsl.ShardedDaemonProcess;
import akka.persistence.jdbc.query.javadsl.JdbcReadJournal;
import akka.persistence.query.Offset;
import akka.projection.ProjectionBehavior;
import akka.projection.ProjectionId;
import akka.projection.eventsourced.EventEnvelope;
import akka.projection.eventsourced.javadsl.EventSourcedProvider;
import akka.projection.javadsl.GroupedProjection;
import akka.projection.javadsl.SourceProvider;
import akka.projection.jdbc.javadsl.JdbcProjection;
import io.baton.node.db.Database;
import io.baton.persistence.JournalEvent;
import io.baton.persistence.ListingTags;
import java.time.Duration;
import java.util.Optional;

/**
 * The read side of ListExecutions: one akka-projection per listing tag keeps {@code
 * baton_executions} from the journal.
 *
 * <ul>
 *   <li>Each projection reads its tag with the JDBC read journal and writes a group of events and
 *       its offset in one transaction (exactly-once), so rows are never missed or applied twice.
 *   <li>The projections run under Sharded Daemon Process: each runs on one node of the cluster and
 *       moves to a survivor, from its stored offset, when that node leaves.
 *   <li>The entities do no listing work of their own; the listing trails the journal by the read
 *       journal's polling interval plus the group window.
 * </ul>
 */
public final class ExecutionListing {
  /** The projection name in the offset table; each slice's key is its tag. */
  public static final String PROJECTION = "executions";

  private ExecutionListing() {}

  /** How many events one transaction takes at most, and how long a group waits to fill. */
  public record Grouping(int events, Duration within) {}

  public static void start(
      ActorSystem<?> system, Database db, ListingTags tags, Grouping grouping) {
    ShardedDaemonProcess.get(system)
        .init(
            ProjectionBehavior.Command.class,
            "baton-execution-listing",
            tags.slices(),
            slice -> ProjectionBehavior.create(projection(system, db, tags.tag(slice), grouping)),
            ShardedDaemonProcessSettings.create(system),
            Optional.of(ProjectionBehavior.stopMessage()));
  }

  static GroupedProjection<Offset, EventEnvelope<JournalEvent>> projection(
      ActorSystem<?> system, Database db, String tag, Grouping grouping) {
    final SourceProvider<Offset, EventEnvelope<JournalEvent>> events =
        EventSourcedProvider.eventsByTag(system, JdbcReadJournal.Identifier(), tag);
    return JdbcProjection.groupedWithin(
            ProjectionId.of(PROJECTION, tag),
            events,
            () -> new DatabaseSession(db),
            ListingHandler::new,
            system)
        .withGroup(grouping.events(), grouping.within());
  }
}
