package io.baton.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.execution.HistoryEvent;
import io.baton.engine.json.Json;
import java.time.Instant;

/** JSON form of a history event, version 1. Fields are short because journals hold many. */
public final class HistoryEventCodec {
  private HistoryEventCodec() {}

  public static ObjectNode toJson(HistoryEvent e) {
    final ObjectNode o = Json.object();
    o.put("id", e.id());
    o.put("prev", e.previousEventId());
    o.put("ts", e.timestamp().toString());
    o.put("type", e.type());
    o.put("frame", e.frame());
    o.set("details", e.details());
    o.set("internal", e.internal());
    return o;
  }

  public static HistoryEvent fromJson(JsonNode o) {
    return new HistoryEvent(
        o.path("id").asLong(),
        o.path("prev").asLong(),
        Instant.parse(o.path("ts").asText()),
        o.path("type").asText(),
        o.path("frame").asText(),
        object(o.get("details")),
        object(o.get("internal")));
  }

  private static ObjectNode object(JsonNode node) {
    return node instanceof ObjectNode on ? on : Json.object();
  }
}
