package io.baton.node.projection;

import io.baton.node.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct access to a test database's listing and projection tables, to set up and to check. */
final class ListingTables {
  private final TestDatabase db;

  ListingTables(TestDatabase db) {
    this.db = db;
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(db.url(), db.user(), "");
  }

  /** Drops the listing projection's offsets: it reads every tagged event again. */
  void forgetOffsets() throws SQLException {
    try (Connection c = connect();
        Statement st = c.createStatement()) {
      st.executeUpdate("DELETE FROM \"akka_projection_offset_store\"");
    }
  }

  void deleteRow(String executionArn) throws SQLException {
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement("DELETE FROM baton_executions WHERE execution_arn = ?")) {
      ps.setString(1, executionArn);
      if (ps.executeUpdate() != 1) {
        throw new IllegalStateException("Expected a listing row for " + executionArn);
      }
    }
  }

  int rowCount() throws SQLException {
    try (Connection c = connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM baton_executions")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** Whether every listing slice has committed an offset at or past its last tagged event. */
  boolean caughtUp() throws SQLException {
    try (Connection c = connect();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT t.\"tag\", MAX(t.\"event_id\"), MAX(o.\"current_offset\")"
                    + " FROM \"event_tag\" t LEFT JOIN \"akka_projection_offset_store\" o"
                    + " ON o.\"projection_key\" = t.\"tag\" GROUP BY t.\"tag\"")) {
      while (rs.next()) {
        final String offset = rs.getString(3);
        if (offset == null || Long.parseLong(offset) < rs.getLong(2)) {
          return false;
        }
      }
      return true;
    }
  }
}
