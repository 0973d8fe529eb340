package io.baton.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.execution.StateSnapshot;
import io.baton.engine.json.Json;

/** JSON form of an execution entity's snapshot: how it was created plus the engine state. */
final class SnapshotCodec {
  private SnapshotCodec() {}

  static JsonNode toJson(ExecutionEntityState s) {
    final ObjectNode o = Json.object();
    o.set("created", JournalSerializer.created(s.created()));
    o.set("state", StateSnapshot.write(s.execution()));
    o.put("stopMillis", s.stopMillis());
    return o;
  }

  static ExecutionEntityState fromJson(JsonNode o) {
    final JournalEvent.ExecutionCreated created = JournalSerializer.created(o.get("created"));
    return new ExecutionEntityState(
        created,
        StateSnapshot.restore(ExecutionEntityState.parse(created.definition()), o.get("state")),
        o.path("stopMillis").asLong());
  }
}
