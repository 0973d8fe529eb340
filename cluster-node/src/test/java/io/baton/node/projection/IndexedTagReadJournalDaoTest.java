package io.baton.node.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.persistence.Dialect;
import io.baton.persistence.SchemaMigrator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The events-by-tag query on a migrated H2 journal: it reads only the rows past the offset, through
 * the tag index, however long the journal is.
 */
class IndexedTagReadJournalDaoTest {
  private static final int EXECUTIONS = 50_000;
  private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

  @Test
  void shouldReadATagsRowsPastTheOffsetWithoutScanningEitherTable() throws Exception {
    try (Connection c =
        DriverManager.getConnection(
            "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "")) {
      // given: a journal of 50,000 executions' events, spread over four tags
      SchemaMigrator.migrate(c, Dialect.H2);
      fillJournal(c);
      // when: a poll of one tag asks for the 40 orderings after 40,000
      final String plan = explainAnalyze(c, "executions-1", 40_000, 40_040);
      final List<Long> read = orderings(c, "executions-1", 40_000, 40_040);
      // then: the rows are exactly that tag's in the range, in order
      final List<Long> expected = new ArrayList<>();
      for (long o = 40_001; o <= 40_040; o++) {
        if (o % 4 == 1) {
          expected.add(o);
        }
      }
      assertThat(read).containsExactlyElementsOf(expected);
      // and the plan reads them through indexes, touching a few rows per row it returns
      assertThat(plan).doesNotContain("tableScan");
      final Matcher m = SCAN_COUNT.matcher(plan);
      long scanned = 0;
      while (m.find()) {
        scanned += Long.parseLong(m.group(1));
      }
      assertThat(scanned).as(plan).isLessThan(200);
    }
  }

  private static void fillJournal(Connection c) throws SQLException {
    try (PreparedStatement journal =
            c.prepareStatement(
                "INSERT INTO \"event_journal\" (\"ordering\", \"persistence_id\","
                    + " \"sequence_number\", \"writer\", \"write_timestamp\", \"adapter_manifest\","
                    + " \"event_payload\", \"event_ser_id\", \"event_ser_manifest\")"
                    + " VALUES (?, ?, 1, 'w', 0, '', X'00', 1, 'm')");
        PreparedStatement tag =
            c.prepareStatement("INSERT INTO \"event_tag\" (\"event_id\", \"tag\") VALUES (?, ?)")) {
      for (long o = 1; o <= EXECUTIONS; o++) {
        journal.setLong(1, o);
        journal.setString(2, "Execution|e-" + o);
        journal.addBatch();
        tag.setLong(1, o);
        tag.setString(2, "executions-" + (o % 4));
        tag.addBatch();
      }
      journal.executeBatch();
      tag.executeBatch();
    }
    try (var st = c.createStatement()) {
      st.execute("ANALYZE");
    }
  }

  private static String explainAnalyze(Connection c, String tag, long after, long upTo)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("EXPLAIN ANALYZE " + IndexedTagReadJournalDao.EVENTS_BY_TAG)) {
      bind(ps, tag, after, upTo);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static List<Long> orderings(Connection c, String tag, long after, long upTo)
      throws SQLException {
    final List<Long> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(IndexedTagReadJournalDao.EVENTS_BY_TAG)) {
      bind(ps, tag, after, upTo);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
    }
    return out;
  }

  private static void bind(PreparedStatement ps, String tag, long after, long upTo)
      throws SQLException {
    ps.setString(1, tag);
    ps.setLong(2, after);
    ps.setLong(3, upTo);
    ps.setLong(4, after);
    ps.setLong(5, upTo);
    ps.setInt(6, 500);
  }
}
