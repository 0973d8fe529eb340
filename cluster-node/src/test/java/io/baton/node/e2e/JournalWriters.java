package io.baton.node.e2e;

import io.baton.node.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who wrote each execution's journal, read straight from the {@code event_journal} table. Every
 * incarnation of an event-sourced entity writes under its own writer id, so a journal whose writers
 * interleave (A, B, A) had two live writers at once; sequence numbers with a gap or a repeat would
 * be a missing or duplicated event.
 */
final class JournalWriters {
  private static final String PREFIX = "Execution|";

  /** One journal row: its global order, sequence number and writer. */
  record Row(long ordering, long sequenceNumber, String writer) {}

  private final Map<String, List<Row>> byExecution;

  private JournalWriters(Map<String, List<Row>> byExecution) {
    this.byExecution = byExecution;
  }

  static JournalWriters read(TestDatabase db) throws SQLException {
    final Map<String, List<Row>> rows = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), "");
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT persistence_id, sequence_number, writer, ordering FROM event_journal"
                    + " WHERE persistence_id LIKE 'Execution|%'"
                    + " ORDER BY persistence_id, sequence_number")) {
      while (rs.next()) {
        rows.computeIfAbsent(rs.getString(1).substring(PREFIX.length()), k -> new ArrayList<>())
            .add(new Row(rs.getLong(4), rs.getLong(2), rs.getString(3)));
      }
    }
    return new JournalWriters(rows);
  }

  /** The highest global ordering written so far. */
  static long maxOrdering(TestDatabase db) throws SQLException {
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), "");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(ordering), 0) FROM event_journal")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  int executions() {
    return byExecution.size();
  }

  /** Executions whose sequence numbers are not exactly 1..n. */
  List<String> withGapsOrRepeats() {
    final List<String> out = new ArrayList<>();
    byExecution.forEach(
        (arn, rows) -> {
          for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).sequenceNumber() != i + 1) {
              out.add(arn);
              return;
            }
          }
        });
    return out;
  }

  /** Executions whose journal went back to a writer after another one had written. */
  List<String> withInterleavedWriters() {
    final List<String> out = new ArrayList<>();
    byExecution.forEach(
        (arn, rows) -> {
          final Set<String> done = new HashSet<>();
          String current = null;
          for (Row r : rows) {
            if (!r.writer().equals(current)) {
              if (!done.add(r.writer())) {
                out.add(arn);
                return;
              }
              current = r.writer();
            }
          }
        });
    return out;
  }

  /** The writers of the chosen executions' rows up to {@code ordering} (inclusive). */
  Set<String> writersUpTo(long ordering, Predicate<String> executions) {
    final Set<String> out = new HashSet<>();
    byExecution.forEach(
        (arn, rows) -> {
          if (executions.test(arn)) {
            rows.stream().filter(r -> r.ordering() <= ordering).forEach(r -> out.add(r.writer()));
          }
        });
    return out;
  }

  /** Rows after {@code ordering} written by one of {@code writers}. */
  long rowsAfterBy(long ordering, Set<String> writers) {
    return byExecution.values().stream()
        .flatMap(List::stream)
        .filter(r -> r.ordering() > ordering && writers.contains(r.writer()))
        .count();
  }
}
