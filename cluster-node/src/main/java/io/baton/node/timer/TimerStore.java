package io.baton.node.timer;

import io.baton.node.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The durable timers table: {@code (execution_id, timer_id) → fire_at}, split into slices by
 * execution id so each slice has one owner in the cluster.
 */
public final class TimerStore {
  private final Database db;
  private final int slices;

  public TimerStore(Database db, int slices) {
    this.db = db;
    this.slices = slices;
  }

  public record DueTimer(String executionId, String timerId, Instant fireAt) {}

  public int sliceOf(String executionId) {
    return Math.floorMod(executionId.hashCode(), slices);
  }

  public int slices() {
    return slices;
  }

  /** Writes (or moves) a timer. Idempotent, so it is safe to repeat after a recovery. */
  public CompletionStage<Void> upsert(String executionId, String timerId, Instant fireAt) {
    return db.run(
        c -> {
          try (PreparedStatement up =
              c.prepareStatement(
                  "UPDATE baton_timers SET fire_at = ? WHERE execution_id = ? AND timer_id = ?")) {
            up.setLong(1, fireAt.toEpochMilli());
            up.setString(2, executionId);
            up.setString(3, timerId);
            if (up.executeUpdate() > 0) {
              return null;
            }
          }
          try (PreparedStatement in =
              c.prepareStatement(
                  "INSERT INTO baton_timers (execution_id, timer_id, slice, fire_at) VALUES (?,?,?,?)")) {
            in.setString(1, executionId);
            in.setString(2, timerId);
            in.setInt(3, sliceOf(executionId));
            in.setLong(4, fireAt.toEpochMilli());
            in.executeUpdate();
          } catch (java.sql.SQLException e) {
            // Another write of the same timer won the race; it holds the same due time.
          }
          return null;
        });
  }

  public CompletionStage<Void> delete(String executionId, String timerId) {
    return db.run(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "DELETE FROM baton_timers WHERE execution_id = ? AND timer_id = ?")) {
            ps.setString(1, executionId);
            ps.setString(2, timerId);
            ps.executeUpdate();
            return null;
          }
        });
  }

  /** The earliest timers of a slice due at {@code now}. */
  public CompletionStage<List<DueTimer>> due(int slice, Instant now, int limit) {
    return db.run(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT execution_id, timer_id, fire_at FROM baton_timers"
                      + " WHERE slice = ? AND fire_at <= ? ORDER BY fire_at LIMIT ?")) {
            ps.setInt(1, slice);
            ps.setLong(2, now.toEpochMilli());
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
              final List<DueTimer> out = new ArrayList<>();
              while (rs.next()) {
                out.add(
                    new DueTimer(
                        rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3))));
              }
              return out;
            }
          }
        });
  }
}
