package io.baton.node.registry;

import io.baton.node.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** The state machines table: one row per machine, holding its current revision. */
public final class StateMachineStore {
  private static final String COLUMNS =
      "arn, name, machine_type, role_arn, definition, revision_id, created_at, updated_at";
  private final Database db;

  public StateMachineStore(Database db) {
    this.db = db;
  }

  /** Inserts; answers false when a machine with that ARN already exists. */
  public CompletionStage<Boolean> insert(StateMachineRecord r) {
    return db.run(
        c -> {
          if (find(c, r.arn()).isPresent()) {
            return false;
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO baton_state_machines (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setString(1, r.arn());
            ps.setString(2, r.name());
            ps.setString(3, r.type());
            ps.setString(4, r.roleArn());
            ps.setString(5, r.definition());
            ps.setString(6, r.revisionId());
            ps.setLong(7, r.createdAt());
            ps.setLong(8, r.updatedAt());
            ps.executeUpdate();
            return true;
          } catch (SQLException e) {
            if (find(c, r.arn()).isPresent()) {
              return false;
            }
            throw e;
          }
        });
  }

  public CompletionStage<Void> update(StateMachineRecord r) {
    return db.run(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE baton_state_machines SET role_arn = ?, definition = ?, revision_id = ?,"
                      + " updated_at = ? WHERE arn = ?")) {
            ps.setString(1, r.roleArn());
            ps.setString(2, r.definition());
            ps.setString(3, r.revisionId());
            ps.setLong(4, r.updatedAt());
            ps.setString(5, r.arn());
            ps.executeUpdate();
            return null;
          }
        });
  }

  public CompletionStage<Optional<StateMachineRecord>> get(String arn) {
    return db.run(c -> find(c, arn));
  }

  public CompletionStage<Boolean> delete(String arn) {
    return db.run(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM baton_state_machines WHERE arn = ?")) {
            ps.setString(1, arn);
            return ps.executeUpdate() > 0;
          }
        });
  }

  /** Machines ordered by ARN, starting after {@code afterArn} (empty for the first page). */
  public CompletionStage<List<StateMachineRecord>> list(String afterArn, int limit) {
    return db.run(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM baton_state_machines WHERE arn > ? ORDER BY arn LIMIT ?")) {
            ps.setString(1, afterArn);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
              final List<StateMachineRecord> out = new ArrayList<>();
              while (rs.next()) {
                out.add(read(rs));
              }
              return out;
            }
          }
        });
  }

  private static Optional<StateMachineRecord> find(Connection c, String arn) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM baton_state_machines WHERE arn = ?")) {
      ps.setString(1, arn);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  private static StateMachineRecord read(ResultSet rs) throws SQLException {
    return new StateMachineRecord(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getLong(7),
        rs.getLong(8));
  }
}
