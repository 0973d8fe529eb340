package io.baton.node.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes listing changes to {@code baton_executions} inside the projection's transaction.
 *
 * <ul>
 *   <li>A creation inserts a RUNNING row only when there is none, so replaying events (after an
 *       offset reset, or rows written by an older release) neither fails nor touches a row.
 *   <li>An end updates only a RUNNING row: a finished row is never set back or changed again.
 *   <li>Creations are written before ends, so an execution created and ended in one group ends up
 *       finished; within a slice an execution's creation always comes before its end.
 * </ul>
 */
final class ExecutionRows {
  // The casts give the parameters a type where nothing else does (H2 needs it in a SELECT list).
  private static final String INSERT_IF_ABSENT =
      "INSERT INTO baton_executions"
          + " (execution_arn, state_machine_arn, name, status, start_date, stop_date)"
          + " SELECT CAST(? AS VARCHAR(700)), CAST(? AS VARCHAR(512)), CAST(? AS VARCHAR(80)),"
          + " 'RUNNING', CAST(? AS BIGINT), NULL"
          + " WHERE NOT EXISTS (SELECT 1 FROM baton_executions WHERE execution_arn = ?)";
  private static final String END_IF_RUNNING =
      "UPDATE baton_executions SET status = ?, stop_date = ?"
          + " WHERE execution_arn = ? AND status = 'RUNNING'";

  private ExecutionRows() {}

  static void write(Connection c, List<ListingChange> changes) throws SQLException {
    boolean anyCreated = false;
    boolean anyEnded = false;
    try (PreparedStatement insert = c.prepareStatement(INSERT_IF_ABSENT)) {
      for (ListingChange change : changes) {
        if (change instanceof ListingChange.Created created) {
          insert.setString(1, created.executionArn());
          insert.setString(2, created.listedUnder());
          insert.setString(3, created.name());
          insert.setLong(4, created.startMillis());
          insert.setString(5, created.executionArn());
          insert.addBatch();
          anyCreated = true;
        }
      }
      if (anyCreated) {
        insert.executeBatch();
      }
    }
    try (PreparedStatement end = c.prepareStatement(END_IF_RUNNING)) {
      for (ListingChange change : changes) {
        if (change instanceof ListingChange.Ended ended) {
          end.setString(1, ended.status());
          end.setLong(2, ended.stopMillis());
          end.setString(3, ended.executionArn());
          end.addBatch();
          anyEnded = true;
        }
      }
      if (anyEnded) {
        end.executeBatch();
      }
    }
  }
}
