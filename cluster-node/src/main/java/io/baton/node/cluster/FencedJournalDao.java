package io.baton.node.cluster;

import akka.persistence.jdbc.config.JournalConfig;
import akka.persistence.jdbc.journal.dao.DefaultJournalDao;
import akka.persistence.jdbc.journal.dao.JournalTables;
import akka.serialization.Serialization;
import akka.stream.Materializer;
import scala.Tuple2;
import scala.collection.immutable.Seq;
import scala.collection.immutable.Set;
import scala.concurrent.ExecutionContext;
import scala.concurrent.Future;
import scala.runtime.BoxedUnit;
import slick.jdbc.JdbcBackend;
import slick.jdbc.JdbcProfile;

/**
 * The journal's data access with the {@link PauseFence} in front of every write.
 *
 * <p>Why: a node frozen long enough to be downed must not write a journal row when it runs again,
 * not even in the instant before its fence thread notices the freeze. The journal's batched writes
 * all pass here, whichever entity asked for them. Configured as {@code jdbc-journal.dao}; the
 * plugin creates it reflectively with the constructor below.
 */
public final class FencedJournalDao extends DefaultJournalDao {
  public FencedJournalDao(
      JdbcBackend.DatabaseDef db,
      JdbcProfile profile,
      JournalConfig journalConfig,
      Serialization serialization,
      ExecutionContext ec,
      Materializer mat) {
    super(db, profile, journalConfig, serialization, ec, mat);
  }

  @Override
  public Future<BoxedUnit> writeJournalRows(
      Seq<Tuple2<JournalTables.JournalAkkaSerializationRow, Set<String>>> rows) {
    PauseFence.beforeWrite();
    return super.writeJournalRows(rows);
  }
}
