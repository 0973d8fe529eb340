package io.baton.node.registry;

import io.baton.node.db.Database;
import io.baton.node.projection.ListingBacklog;
import io.baton.persistence.ListingTags;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Reads the execution listing: one row per execution with its status and dates, kept by the listing
 * projection ({@link io.baton.node.projection.ExecutionListing}) and trailing the journal by a
 * fraction of a second.
 */
public final class ExecutionIndex {
  private final Database db;
  private final ListingTags tags;

  public ExecutionIndex(Database db, ListingTags tags) {
    this.db = db;
    this.tags = tags;
  }

  public record Row(
      String executionArn,
      String stateMachineArn,
      String name,
      String status,
      long startDate,
      Long stopDate) {}

  /** Where a page starts: just after this row in the listing's order. */
  public record After(long startDate, String executionArn) {}

  /**
   * Newest first, as AWS lists them, ties broken by ARN. A page starts after the last row of the
   * previous one (a keyset, not a row count), so executions that start between two pages neither
   * shift the next page nor show twice.
   */
  public CompletionStage<List<Row>> list(
      String stateMachineArn, Optional<String> status, Optional<After> after, int limit) {
    return db.run(
        c -> {
          final String sql =
              "SELECT execution_arn, state_machine_arn, name, status, start_date, stop_date"
                  + " FROM baton_executions WHERE state_machine_arn = ?"
                  + (status.isPresent() ? " AND status = ?" : "")
                  + (after.isPresent()
                      ? " AND (start_date < ? OR (start_date = ? AND execution_arn > ?))"
                      : "")
                  + " ORDER BY start_date DESC, execution_arn LIMIT ?";
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, stateMachineArn);
            if (status.isPresent()) {
              ps.setString(i++, status.get());
            }
            if (after.isPresent()) {
              ps.setLong(i++, after.get().startDate());
              ps.setLong(i++, after.get().startDate());
              ps.setString(i++, after.get().executionArn());
            }
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
              final List<Row> out = new ArrayList<>();
              while (rs.next()) {
                // wasNull() speaks of the column read last, so read the stop date on its own.
                final long stop = rs.getLong(6);
                final Long stopDate = rs.wasNull() ? null : stop;
                out.add(
                    new Row(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        stopDate));
              }
              return out;
            }
          }
        });
  }

  /**
   * Executions to wake after a start or a node's loss so they regenerate their timers and tasks:
   * those listed as running, and those created too recently for the listing to show.
   */
  public List<String> runningNow() {
    return db.runNow(this::running);
  }

  /** The same, off the caller's thread (for actors). */
  public CompletionStage<List<String>> runningLater() {
    return db.run(this::running);
  }

  private List<String> running(Connection c) throws SQLException {
    final Set<String> out = new LinkedHashSet<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT execution_arn FROM baton_executions WHERE status = 'RUNNING'");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    out.addAll(ListingBacklog.createdSinceOffsets(c, tags));
    return List.copyOf(out);
  }
}
