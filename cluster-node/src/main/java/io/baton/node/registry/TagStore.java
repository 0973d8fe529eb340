package io.baton.node.registry;

import io.baton.node.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** Tags of state machines and activities. */
public final class TagStore {
  private final Database db;

  public TagStore(Database db) {
    this.db = db;
  }

  public CompletionStage<Void> put(String arn, Map<String, String> tags) {
    return db.run(
        c -> {
          for (Map.Entry<String, String> tag : tags.entrySet()) {
            try (PreparedStatement del =
                c.prepareStatement(
                    "DELETE FROM baton_tags WHERE resource_arn = ? AND tag_key = ?")) {
              del.setString(1, arn);
              del.setString(2, tag.getKey());
              del.executeUpdate();
            }
            try (PreparedStatement ins =
                c.prepareStatement(
                    "INSERT INTO baton_tags (resource_arn, tag_key, tag_value) VALUES (?,?,?)")) {
              ins.setString(1, arn);
              ins.setString(2, tag.getKey());
              ins.setString(3, tag.getValue());
              ins.executeUpdate();
            }
          }
          return null;
        });
  }

  public CompletionStage<Void> remove(String arn, List<String> keys) {
    return db.run(
        c -> {
          for (String key : keys) {
            try (PreparedStatement del =
                c.prepareStatement(
                    "DELETE FROM baton_tags WHERE resource_arn = ? AND tag_key = ?")) {
              del.setString(1, arn);
              del.setString(2, key);
              del.executeUpdate();
            }
          }
          return null;
        });
  }

  public CompletionStage<Void> removeAll(String arn) {
    return db.run(
        c -> {
          try (PreparedStatement del =
              c.prepareStatement("DELETE FROM baton_tags WHERE resource_arn = ?")) {
            del.setString(1, arn);
            del.executeUpdate();
            return null;
          }
        });
  }

  public CompletionStage<Map<String, String>> list(String arn) {
    return db.run(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT tag_key, tag_value FROM baton_tags WHERE resource_arn = ? ORDER BY tag_key")) {
            ps.setString(1, arn);
            try (ResultSet rs = ps.executeQuery()) {
              final Map<String, String> out = new LinkedHashMap<>();
              while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
              }
              return out;
            }
          }
        });
  }
}
