package io.baton.node.projection;

import akka.NotUsed;
import akka.dispatch.Dispatchers;
import akka.persistence.PersistentRepr;
import akka.persistence.PersistentRepr$;
import akka.persistence.jdbc.AkkaSerialization$;
import akka.persistence.jdbc.config.ReadJournalConfig;
import akka.persistence.jdbc.journal.dao.JournalTables;
import akka.persistence.jdbc.query.dao.DefaultReadJournalDao;
import akka.serialization.Serialization;
import akka.stream.Materializer;
import akka.stream.javadsl.Source;
import io.baton.persistence.JournalSerializer;
import java.io.NotSerializableException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import scala.Option;
import scala.Tuple2;
import scala.Tuple3;
import scala.collection.immutable.Set;
import scala.collection.immutable.Set$;
import scala.concurrent.ExecutionContext;
import scala.util.Failure;
import scala.util.Success;
import scala.util.Try;
import slick.jdbc.JdbcBackend;
import slick.jdbc.JdbcProfile;

/**
 * The read journal's data access with an events-by-tag query whose range every index can bound.
 *
 * <p>Why: the stock query joins a derived table of the journal with the tag table and filters the
 * ordering range on the journal side. H2 plans that as a scan of the whole tag table for every poll
 * (PostgreSQL is luckier), so the listing projection's polls grew with the journal until they took
 * most of the node's CPU. This query states the range on both tables, so either index answers it
 * (the journal's ordering, or the {@code (tag, event_id)} index of schema version 4) and a poll
 * reads only rows past its offset, on both databases. Everything else (replay, sequence gaps,
 * persistence ids) is the stock implementation.
 *
 * <p>Events by tag feed only the listing projection, which needs of a decision row only its last
 * history event (the one that may end the execution), so decision rows are read as that event alone
 * rather than decoded whole.
 *
 * <p>Configured as {@code jdbc-read-journal.dao}; the plugin creates it reflectively with the
 * constructor below.
 */
public final class IndexedTagReadJournalDao extends DefaultReadJournalDao {
  // Quoted lower-case names match the journal tables on both H2 and PostgreSQL. The range is
  // stated on both tables: H2 does not carry it across the join, and given it on one side only it
  // may drive the join from a full scan of the other.
  static final String EVENTS_BY_TAG =
      "SELECT j.\"ordering\", j.\"deleted\", j.\"persistence_id\", j.\"sequence_number\","
          + " j.\"writer\", j.\"write_timestamp\", j.\"adapter_manifest\", j.\"event_payload\","
          + " j.\"event_ser_id\", j.\"event_ser_manifest\", j.\"meta_payload\", j.\"meta_ser_id\","
          + " j.\"meta_ser_manifest\""
          + " FROM \"event_tag\" t JOIN \"event_journal\" j ON j.\"ordering\" = t.\"event_id\""
          + " WHERE t.\"tag\" = ? AND t.\"event_id\" > ? AND t.\"event_id\" <= ?"
          + " AND j.\"ordering\" > ? AND j.\"ordering\" <= ? AND j.\"deleted\" = FALSE"
          + " ORDER BY t.\"event_id\" LIMIT ?";

  private static final int JOURNAL_SERIALIZER_ID = new JournalSerializer().identifier();

  private final JdbcBackend.DatabaseDef database;
  private final Serialization serialization;
  private final Executor blocking;

  public IndexedTagReadJournalDao(
      JdbcBackend.DatabaseDef db,
      JdbcProfile profile,
      ReadJournalConfig readJournalConfig,
      Serialization serialization,
      ExecutionContext ec,
      Materializer mat) {
    super(db, profile, readJournalConfig, serialization, ec, mat);
    this.database = db;
    this.serialization = serialization;
    // JDBC blocks; keep it off the dispatcher that runs actors and streams.
    this.blocking = mat.system().dispatchers().lookup(Dispatchers.DefaultBlockingDispatcherId());
  }

  @Override
  public akka.stream.scaladsl.Source<Try<Tuple3<PersistentRepr, Set<String>, Object>>, NotUsed>
      eventsByTag(String tag, long offset, long maxOffset, long max) {
    // H2 rejects a LIMIT beyond an int; the stock query clamps it the same way.
    final int limit = (int) Math.min(max, Integer.MAX_VALUE);
    return Source.completionStage(
            CompletableFuture.supplyAsync(
                () -> readTagged(tag, offset, maxOffset, limit), blocking))
        .mapConcat(rows -> rows)
        .map(this::toEnvelopeTuple)
        .asScala();
  }

  private List<JournalTables.JournalAkkaSerializationRow> readTagged(
      String tag, long offset, long maxOffset, int limit) {
    final List<JournalTables.JournalAkkaSerializationRow> rows = new ArrayList<>();
    try (Connection c = database.source().createConnection();
        PreparedStatement ps = c.prepareStatement(EVENTS_BY_TAG)) {
      ps.setString(1, tag);
      ps.setLong(2, offset);
      ps.setLong(3, maxOffset);
      ps.setLong(4, offset);
      ps.setLong(5, maxOffset);
      ps.setInt(6, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(row(rs));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading events tagged " + tag + " failed", e);
    }
    return rows;
  }

  private static JournalTables.JournalAkkaSerializationRow row(ResultSet rs) throws SQLException {
    final int metaSerId = rs.getInt(12);
    final Option<Object> metaSerIdOption =
        rs.wasNull() ? Option.empty() : Option.apply((Object) metaSerId);
    return new JournalTables.JournalAkkaSerializationRow(
        rs.getLong(1),
        rs.getBoolean(2),
        rs.getString(3),
        rs.getLong(4),
        rs.getString(5),
        rs.getLong(6),
        rs.getString(7),
        rs.getBytes(8),
        rs.getInt(9),
        rs.getString(10),
        Option.apply(rs.getBytes(11)),
        metaSerIdOption,
        Option.apply(rs.getString(13)));
  }

  @SuppressWarnings("unchecked")
  private Try<Tuple3<PersistentRepr, Set<String>, Object>> toEnvelopeTuple(
      JournalTables.JournalAkkaSerializationRow row) {
    if (isDecision(row)) {
      return lastEventOfDecision(row);
    }
    final Try<Tuple2<PersistentRepr, Object>> decoded =
        AkkaSerialization$.MODULE$.fromRow(serialization, row);
    if (decoded.isFailure()) {
      return (Try<Tuple3<PersistentRepr, Set<String>, Object>>) (Try<?>) decoded;
    }
    final Tuple2<PersistentRepr, Object> value = decoded.get();
    // As the stock query: the envelope's tags are not read back (the caller asked for one tag).
    return new Success<>(new Tuple3<>(value._1(), Set$.MODULE$.<String>empty(), value._2()));
  }

  private static boolean isDecision(JournalTables.JournalAkkaSerializationRow row) {
    return row.eventSerId() == JOURNAL_SERIALIZER_ID
        && JournalSerializer.DECISION_V1.equals(row.eventSerManifest())
        && row.metaPayload().isEmpty();
  }

  /**
   * A decision row as the listing needs it: its last history event only (see {@link
   * JournalSerializer#lastEventOfDecision}). Events by tag feed only the listing projection.
   */
  private static Try<Tuple3<PersistentRepr, Set<String>, Object>> lastEventOfDecision(
      JournalTables.JournalAkkaSerializationRow row) {
    try {
      final PersistentRepr repr =
          PersistentRepr$.MODULE$
              .apply(
                  JournalSerializer.lastEventOfDecision(row.eventPayload()),
                  row.sequenceNumber(),
                  row.persistenceId(),
                  row.adapterManifest(),
                  row.deleted(),
                  null,
                  row.writer())
              .withTimestamp(row.writeTimestamp());
      return new Success<>(new Tuple3<>(repr, Set$.MODULE$.<String>empty(), row.ordering()));
    } catch (NotSerializableException e) {
      return new Failure<>(e);
    }
  }
}
