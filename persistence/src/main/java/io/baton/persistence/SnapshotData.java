package io.baton.persistence;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A snapshot taken on the entity's own thread: the JSON of its state at that moment. The state
 * itself keeps changing after the snapshot is requested, so the snapshot store must never see it.
 */
public record SnapshotData(JsonNode json) {
  public static SnapshotData of(ExecutionEntityState state) {
    return new SnapshotData(SnapshotCodec.toJson(state));
  }

  public ExecutionEntityState restore() {
    return SnapshotCodec.fromJson(json);
  }
}
