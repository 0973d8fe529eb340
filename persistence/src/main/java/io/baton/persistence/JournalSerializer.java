package io.baton.persistence;

import akka.actor.ExtendedActorSystem;
import akka.serialization.SerializerWithStringManifest;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.execution.HistoryEvent;
import io.baton.engine.json.Json;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Serializes journal events as JSON under stable manifests with a version: {@code
 * ExecutionCreated.v1}, {@code DecisionRecorded.v1} and (read only) {@code HistoryRecorded.v1}. A
 * new version gets a new manifest; old manifests stay readable forever.
 */
public final class JournalSerializer extends SerializerWithStringManifest {
  public static final String CREATED_V1 = "ExecutionCreated.v1";
  public static final String HISTORY_V1 = "HistoryRecorded.v1";
  public static final String DECISION_V1 = "DecisionRecorded.v1";
  public static final String SNAPSHOT_V1 = "ExecutionSnapshot.v1";

  public JournalSerializer(ExtendedActorSystem system) {}

  public JournalSerializer() {}

  @Override
  public int identifier() {
    return 4710;
  }

  @Override
  public String manifest(Object o) {
    if (o instanceof JournalEvent.ExecutionCreated) {
      return CREATED_V1;
    }
    if (o instanceof JournalEvent.HistoryRecorded) {
      return HISTORY_V1;
    }
    if (o instanceof JournalEvent.DecisionRecorded) {
      return DECISION_V1;
    }
    if (o instanceof SnapshotData) {
      return SNAPSHOT_V1;
    }
    throw new IllegalArgumentException("Expected a journal event, but found " + o.getClass());
  }

  @Override
  public byte[] toBinary(Object o) {
    try {
      return Json.MAPPER.writeValueAsBytes(toJson(o));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode toJson(Object o) {
    return encode(o);
  }

  static ObjectNode created(JournalEvent.ExecutionCreated c) {
    return (ObjectNode) encode(c);
  }

  private static JsonNode encode(Object o) {
    if (o instanceof JournalEvent.HistoryRecorded h) {
      return HistoryEventCodec.toJson(h.event());
    }
    if (o instanceof JournalEvent.DecisionRecorded d) {
      final ObjectNode n = Json.object();
      final var events = n.putArray("events");
      d.events().forEach(e -> events.add(HistoryEventCodec.toJson(e)));
      return n;
    }
    if (o instanceof SnapshotData s) {
      return s.json();
    }
    final JournalEvent.ExecutionCreated c = (JournalEvent.ExecutionCreated) o;
    final ObjectNode n = Json.object();
    n.put("definition", c.definition());
    n.put("stateMachineArn", c.stateMachineArn());
    n.put("revisionId", c.revisionId());
    n.put("executionArn", c.executionArn());
    n.put("name", c.name());
    n.put("input", c.input());
    n.put("roleArn", c.roleArn());
    if (c.mockTestCase() != null) {
      n.put("mockTestCase", c.mockTestCase());
    }
    if (c.parentExecutionArn() != null) {
      n.put("parentExecutionArn", c.parentExecutionArn());
      n.put("parentFrame", c.parentFrame());
      n.put("parentIndex", c.parentIndex());
    }
    n.put("startMillis", c.startMillis());
    return n;
  }

  static JournalEvent.ExecutionCreated created(JsonNode n) {
    try {
      return (JournalEvent.ExecutionCreated) decode(n, CREATED_V1);
    } catch (NotSerializableException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Object fromBinary(byte[] bytes, String manifest) throws NotSerializableException {
    final JsonNode n;
    try {
      n = Json.MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw new NotSerializableException("Unreadable " + manifest + ": " + e.getMessage());
    }
    return decode(n, manifest);
  }

  /**
   * A {@code DecisionRecorded.v1} row reduced to its last history event, the only one that can end
   * the execution.
   *
   * <p>Why: the listing reads every tagged decision only to learn whether it ended the execution;
   * decoding all of a decision's events for that was a large share of a node's CPU and garbage.
   * This tokenizes the events without building them and decodes the last one alone.
   */
  public static JournalEvent.DecisionRecorded lastEventOfDecision(byte[] bytes)
      throws NotSerializableException {
    try (JsonParser p = Json.MAPPER.getFactory().createParser(bytes)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new NotSerializableException("Expected a JSON object as " + DECISION_V1);
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        final String field = p.currentName();
        final JsonToken value = p.nextToken();
        if (!"events".equals(field) || value != JsonToken.START_ARRAY) {
          p.skipChildren();
          continue;
        }
        long lastStart = -1;
        long lastEnd = -1;
        while (p.nextToken() == JsonToken.START_OBJECT) {
          lastStart = p.currentTokenLocation().getByteOffset();
          p.skipChildren();
          lastEnd = p.currentLocation().getByteOffset();
        }
        if (lastStart < 0) {
          return new JournalEvent.DecisionRecorded(List.of());
        }
        final JsonNode last =
            Json.MAPPER.readTree(bytes, (int) lastStart, (int) (lastEnd - lastStart));
        return new JournalEvent.DecisionRecorded(List.of(HistoryEventCodec.fromJson(last)));
      }
      return new JournalEvent.DecisionRecorded(List.of());
    } catch (IOException e) {
      throw new NotSerializableException("Unreadable " + DECISION_V1 + ": " + e.getMessage());
    }
  }

  private static Object decode(JsonNode n, String manifest) throws NotSerializableException {
    switch (manifest) {
      case HISTORY_V1:
        return new JournalEvent.HistoryRecorded(HistoryEventCodec.fromJson(n));
      case DECISION_V1:
        final List<HistoryEvent> events = new ArrayList<>(n.path("events").size());
        n.path("events").forEach(e -> events.add(HistoryEventCodec.fromJson(e)));
        return new JournalEvent.DecisionRecorded(events);
      case SNAPSHOT_V1:
        return new SnapshotData(n);
      case CREATED_V1:
        return new JournalEvent.ExecutionCreated(
            n.path("definition").asText(),
            n.path("stateMachineArn").asText(),
            n.path("revisionId").asText(),
            n.path("executionArn").asText(),
            n.path("name").asText(),
            n.path("input").asText(),
            n.path("roleArn").asText(),
            n.hasNonNull("mockTestCase") ? n.get("mockTestCase").asText() : null,
            n.hasNonNull("parentExecutionArn") ? n.get("parentExecutionArn").asText() : null,
            n.hasNonNull("parentFrame") ? n.get("parentFrame").asText() : null,
            n.path("parentIndex").asInt(),
            n.path("startMillis").asLong());
      default:
        throw new NotSerializableException("Unknown journal manifest " + manifest);
    }
  }
}
