package io.baton.engine.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.execution.ExecutionState;
import io.baton.engine.execution.Frame;
import io.baton.engine.execution.HistoryEvent;
import io.baton.engine.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The golden-log file format: a definition, every event an execution wrote (hidden ones too, with
 * their internal payloads), and a summary of the state those events left.
 *
 * <ul>
 *   <li>Files are written once by {@link GoldenLogRecorder} and never edited: a change in meaning
 *       gets a new file, so old journals keep replaying.
 *   <li>The summary holds what replay must reproduce: status, output, error, cause, event counts,
 *       open timers and the frames still running.
 * </ul>
 */
public final class GoldenLogs {
  private GoldenLogs() {}

  /** A golden log of a harness's run so far. */
  public static ObjectNode of(String description, JsonNode definition, ExecutionHarness run) {
    final ObjectNode log = Json.object();
    log.put("description", description);
    log.set("definition", definition);
    final ArrayNode events = log.putArray("events");
    run.events().forEach(e -> events.add(toJson(e)));
    log.set("final", summary(run.state()));
    return log;
  }

  public static ObjectNode toJson(HistoryEvent e) {
    final ObjectNode out = Json.object();
    out.put("id", e.id());
    out.put("previousEventId", e.previousEventId());
    out.put("timestamp", e.timestamp().toString());
    out.put("type", e.type());
    out.put("frame", e.frame());
    out.set("details", e.details());
    out.set("internal", e.internal());
    return out;
  }

  public static List<HistoryEvent> events(JsonNode log) {
    final List<HistoryEvent> events = new ArrayList<>();
    for (JsonNode e : log.path("events")) {
      events.add(
          new HistoryEvent(
              e.path("id").asLong(),
              e.path("previousEventId").asLong(),
              Instant.parse(e.path("timestamp").asText()),
              e.path("type").asText(),
              e.path("frame").asText(),
              (ObjectNode) e.path("details"),
              (ObjectNode) e.path("internal")));
    }
    return events;
  }

  /** What a state looks like from outside: enough to notice when replay changes meaning. */
  public static ObjectNode summary(ExecutionState state) {
    final ObjectNode out = Json.object();
    out.put("status", state.status().name());
    state.output().ifPresent(o -> out.set("output", o));
    state.error().ifPresent(e -> out.put("error", e));
    state.cause().ifPresent(c -> out.put("cause", c));
    out.put("lastEventId", state.lastEventId());
    out.put("eventCount", state.eventCount());
    final ObjectNode timers = out.putObject("openTimers");
    state.openTimers().forEach((id, at) -> timers.put(id, at.toString()));
    final ArrayNode frames = out.putArray("frames");
    for (Frame f : state.frames()) {
      frames
          .addObject()
          .put("path", f.path())
          .put("phase", f.phase().name())
          .put("state", f.stateName())
          .put("retries", f.retryCount());
    }
    return out;
  }
}
