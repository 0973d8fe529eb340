package io.baton.node.registry;

import io.baton.node.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The read side for ListExecutions: one row per execution with its status and dates, kept by the
 * execution entities (an upsert per status change, repeated after recovery, so it converges).
 */
public final class ExecutionIndex {
  private final Database db;

  public ExecutionIndex(Database db) {
    this.db = db;
  }

  public record Row(
      String executionArn,
      String stateMachineArn,
      String name,
      String status,
      long startDate,
      Long stopDate) {}

  /**
   * Records a status. A finished execution's row is never set back to RUNNING, whatever order
   * concurrent writes land in, so the listing converges on the entity's status.
   */
  public CompletionStage<Void> upsert(Row row) {
    return db.run(
        c -> {
          if (update(c, row) > 0) {
            return null;
          }
          try (PreparedStatement in =
              c.prepareStatement(
                  "INSERT INTO baton_executions (execution_arn, state_machine_arn, name, status,"
                      + " start_date, stop_date) VALUES (?,?,?,?,?,?)")) {
            in.setString(1, row.executionArn());
            in.setString(2, row.stateMachineArn());
            in.setString(3, row.name());
            in.setString(4, row.status());
            in.setLong(5, row.startDate());
            setLong(in, 6, row.stopDate());
            in.executeUpdate();
          } catch (java.sql.SQLException e) {
            // Another write inserted the row first: apply this status over it.
            update(c, row);
          }
          return null;
        });
  }

  private static int update(java.sql.Connection c, Row row) throws java.sql.SQLException {
    try (PreparedStatement up =
        c.prepareStatement(
            "UPDATE baton_executions SET status = ?, stop_date = ? WHERE execution_arn = ?"
                + " AND (status = 'RUNNING' OR status = ?)")) {
      up.setString(1, row.status());
      setLong(up, 2, row.stopDate());
      up.setString(3, row.executionArn());
      up.setString(4, row.status());
      return up.executeUpdate();
    }
  }

  /** Newest first, as AWS lists them; {@code offset} comes from the page token. */
  public CompletionStage<List<Row>> list(
      String stateMachineArn, Optional<String> status, int offset, int limit) {
    return db.run(
        c -> {
          final String sql =
              "SELECT execution_arn, state_machine_arn, name, status, start_date, stop_date"
                  + " FROM baton_executions WHERE state_machine_arn = ?"
                  + (status.isPresent() ? " AND status = ?" : "")
                  + " ORDER BY start_date DESC, execution_arn LIMIT ? OFFSET ?";
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, stateMachineArn);
            if (status.isPresent()) {
              ps.setString(i++, status.get());
            }
            ps.setInt(i++, limit);
            ps.setInt(i, offset);
            try (ResultSet rs = ps.executeQuery()) {
              final List<Row> out = new ArrayList<>();
              while (rs.next()) {
                final long stop = rs.getLong(6);
                out.add(
                    new Row(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.wasNull() ? null : stop));
              }
              return out;
            }
          }
        });
  }

  /** Executions still running, to wake after a start so they regenerate their timers and tasks. */
  public List<String> runningNow() {
    return db.runNow(ExecutionIndex::running);
  }

  /** The same, off the caller's thread (for actors). */
  public CompletionStage<List<String>> runningLater() {
    return db.run(ExecutionIndex::running);
  }

  private static List<String> running(java.sql.Connection c) throws java.sql.SQLException {
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT execution_arn FROM baton_executions WHERE status = 'RUNNING'");
        ResultSet rs = ps.executeQuery()) {
      final List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    }
  }

  private static void setLong(PreparedStatement ps, int i, Long value)
      throws java.sql.SQLException {
    if (value == null) {
      ps.setNull(i, java.sql.Types.BIGINT);
    } else {
      ps.setLong(i, value);
    }
  }
}
