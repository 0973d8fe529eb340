package io.baton.node.registry;

import io.baton.node.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** The activities table. */
public final class ActivityStore {
  private final Database db;

  public ActivityStore(Database db) {
    this.db = db;
  }

  public record Row(String arn, String name, long createdAt) {}

  /** Creates the activity, or answers the existing one (CreateActivity is idempotent). */
  public CompletionStage<Row> create(Row row) {
    return db.run(
        c -> {
          final Optional<Row> existing = find(c, row.arn());
          if (existing.isPresent()) {
            return existing.get();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO baton_activities (arn, name, created_at) VALUES (?,?,?)")) {
            ps.setString(1, row.arn());
            ps.setString(2, row.name());
            ps.setLong(3, row.createdAt());
            ps.executeUpdate();
          }
          return row;
        });
  }

  public CompletionStage<Optional<Row>> get(String arn) {
    return db.run(c -> find(c, arn));
  }

  public CompletionStage<Boolean> delete(String arn) {
    return db.run(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM baton_activities WHERE arn = ?")) {
            ps.setString(1, arn);
            return ps.executeUpdate() > 0;
          }
        });
  }

  public CompletionStage<List<Row>> list(String afterArn, int limit) {
    return db.run(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT arn, name, created_at FROM baton_activities WHERE arn > ? ORDER BY arn LIMIT ?")) {
            ps.setString(1, afterArn);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
              final List<Row> out = new ArrayList<>();
              while (rs.next()) {
                out.add(new Row(rs.getString(1), rs.getString(2), rs.getLong(3)));
              }
              return out;
            }
          }
        });
  }

  private static Optional<Row> find(java.sql.Connection c, String arn)
      throws java.sql.SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT arn, name, created_at FROM baton_activities WHERE arn = ?")) {
      ps.setString(1, arn);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new Row(rs.getString(1), rs.getString(2), rs.getLong(3)))
            : Optional.empty();
      }
    }
  }
}
