package io.baton.engine.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.data.Variables;
import io.baton.engine.definition.StateMachineDefinition;
import io.baton.engine.json.Json;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes an {@link ExecutionState} as JSON and reads it back, so a journal can be snapshotted and
 * recovery need not replay every event. Version 1; a new layout gets a new version.
 *
 * <ul>
 *   <li>Restoring needs the same definition: frames find their sub-machines through it.
 *   <li>{@code restore(write(s))} equals {@code s} (tested with replay-equals-live).
 * </ul>
 */
public final class StateSnapshot {
  public static final int VERSION = 1;

  private StateSnapshot() {}

  public static ObjectNode write(ExecutionState s) {
    final ObjectNode o = Json.object();
    o.put("v", VERSION);
    if (s.info != null) {
      final ObjectNode info = o.putObject("info");
      info.put("executionArn", s.info.executionArn());
      info.put("name", s.info.name());
      info.put("stateMachineArn", s.info.stateMachineArn());
      info.put("stateMachineName", s.info.stateMachineName());
      info.put("roleArn", s.info.roleArn());
      info.set("input", s.info.input());
      info.put("startTime", s.info.startTime().toString());
      info.put("redriveCount", s.info.redriveCount());
    }
    o.put("status", s.status.name());
    putJson(o, "output", s.output);
    o.put("error", s.error);
    o.put("cause", s.cause);
    o.put("lastEventId", s.lastEventId);
    o.put("eventCount", s.eventCount);
    o.put("executionTimerId", s.executionTimerId);
    putInstant(o, "executionTimeoutAt", s.executionTimeoutAt);
    final ArrayNode frames = o.putArray("frames");
    for (Frame f : s.frames.values()) {
      frames.add(frame(f));
    }
    return o;
  }

  private static ObjectNode frame(Frame f) {
    final ObjectNode o = Json.object();
    o.put("path", f.path);
    o.put("index", f.index);
    o.put("phase", f.phase.name());
    o.put("stateName", f.stateName);
    putJson(o, "stateInput", f.stateInput);
    o.put("enteredEventId", f.enteredEventId);
    putInstant(o, "enteredTime", f.enteredTime);
    final ObjectNode vars = o.putObject("variables");
    f.variables.local().forEach(vars::set);
    final ArrayNode retries = o.putArray("retryCounts");
    for (int r : f.retryCounts) {
      retries.add(r);
    }
    o.put("retryCount", f.retryCount);
    o.put("taskId", f.taskId);
    o.put("taskStarted", f.taskStarted);
    o.put("timerId", f.timerId);
    o.put("heartbeatTimerId", f.heartbeatTimerId);
    o.put("timeoutTimerId", f.timeoutTimerId);
    putInstant(o, "timerFireAt", f.timerFireAt);
    putInstant(o, "heartbeatFireAt", f.heartbeatFireAt);
    putInstant(o, "timeoutFireAt", f.timeoutFireAt);
    putJson(o, "pendingTask", f.pendingTask);
    putJson(o, "output", f.output);
    if (f.fanout != null) {
      final Fanout n = f.fanout;
      final ObjectNode fo = o.putObject("fanout");
      fo.put("total", n.total);
      fo.set("items", n.items);
      final ObjectNode results = fo.putObject("results");
      for (int i = 0; i < n.total; i++) {
        if (n.results[i] != null) {
          results.set(Integer.toString(i), n.results[i]);
        }
      }
      fo.put("maxConcurrency", n.maxConcurrency);
      fo.put("toleratedCount", n.toleratedCount);
      fo.put("toleratedPercentage", n.toleratedPercentage);
      fo.put("distributed", n.distributed);
      fo.put("mapRunArn", n.mapRunArn);
      fo.put("nextIndex", n.nextIndex);
      fo.put("running", n.running);
      fo.put("succeeded", n.succeeded);
      fo.put("failed", n.failed);
      final ArrayNode finished = fo.putArray("finished");
      for (int i = 0; i < n.total; i++) {
        if (n.finished[i]) {
          finished.add(i);
        }
      }
      final ObjectNode childInputs = fo.putObject("childInputs");
      for (int i = 0; i < n.total; i++) {
        if (n.childInputs[i] != null) {
          childInputs.set(Integer.toString(i), n.childInputs[i]);
        }
      }
    }
    return o;
  }

  public static ExecutionState restore(StateMachineDefinition definition, JsonNode o) {
    if (o.path("v").asInt() != VERSION) {
      throw new IllegalArgumentException("Unknown state snapshot version " + o.path("v"));
    }
    final ExecutionState s = new ExecutionState(definition);
    final JsonNode info = o.get("info");
    if (info != null && info.isObject()) {
      s.info =
          new ExecutionInfo(
              info.path("executionArn").asText(),
              info.path("name").asText(),
              info.path("stateMachineArn").asText(),
              info.path("stateMachineName").asText(),
              info.path("roleArn").asText(),
              info.get("input"),
              Instant.parse(info.path("startTime").asText()),
              info.path("redriveCount").asInt());
    }
    s.status = ExecutionStatus.valueOf(o.path("status").asText());
    s.output = nullable(o.get("output"));
    s.error = EventApplier.text(o, "error");
    s.cause = EventApplier.text(o, "cause");
    s.lastEventId = o.path("lastEventId").asLong();
    s.eventCount = o.path("eventCount").asLong();
    s.executionTimerId = EventApplier.text(o, "executionTimerId");
    s.executionTimeoutAt = EventApplier.instant(o, "executionTimeoutAt");
    for (JsonNode fo : o.path("frames")) {
      final Frame f = restoreFrame(s, fo);
      s.frames.put(f.path, f);
    }
    return s;
  }

  private static Frame restoreFrame(ExecutionState s, JsonNode o) {
    final String path = o.path("path").asText();
    final int index = o.path("index").asInt();
    final Map<String, JsonNode> local = new HashMap<>();
    final Iterator<Map.Entry<String, JsonNode>> vars = o.path("variables").fields();
    vars.forEachRemaining(e -> local.put(e.getKey(), e.getValue()));
    final Frame f;
    if (path.isEmpty()) {
      f = new Frame("", 0, s.definition, Variables.EMPTY.with(local));
    } else {
      final String parentPath = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
      final Frame parent = s.frames.get(parentPath);
      f =
          new Frame(
              path,
              index,
              EventApplier.branch(parent, index),
              parent.variables.child().with(local));
    }
    f.phase = FramePhase.valueOf(o.path("phase").asText());
    f.stateName = EventApplier.text(o, "stateName");
    f.stateInput = nullable(o.get("stateInput"));
    f.enteredEventId = o.path("enteredEventId").asLong();
    f.enteredTime = EventApplier.instant(o, "enteredTime");
    final JsonNode retries = o.path("retryCounts");
    f.retryCounts = new int[retries.size()];
    for (int i = 0; i < retries.size(); i++) {
      f.retryCounts[i] = retries.get(i).asInt();
    }
    f.retryCount = o.path("retryCount").asInt();
    f.taskId = EventApplier.text(o, "taskId");
    f.taskStarted = o.path("taskStarted").asBoolean(false);
    f.timerId = EventApplier.text(o, "timerId");
    f.heartbeatTimerId = EventApplier.text(o, "heartbeatTimerId");
    f.timeoutTimerId = EventApplier.text(o, "timeoutTimerId");
    f.timerFireAt = EventApplier.instant(o, "timerFireAt");
    f.heartbeatFireAt = EventApplier.instant(o, "heartbeatFireAt");
    f.timeoutFireAt = EventApplier.instant(o, "timeoutFireAt");
    final JsonNode pending = o.get("pendingTask");
    f.pendingTask = pending instanceof ObjectNode p ? p : null;
    f.output = nullable(o.get("output"));
    final JsonNode fo = o.get("fanout");
    if (fo != null && fo.isObject()) {
      final Fanout n =
          new Fanout(
              fo.path("total").asInt(),
              fo.get("items"),
              fo.path("maxConcurrency").asInt(),
              fo.path("toleratedCount").asInt(),
              fo.path("toleratedPercentage").asDouble(),
              fo.path("distributed").asBoolean(),
              EventApplier.text(fo, "mapRunArn"));
      fo.path("results")
          .fields()
          .forEachRemaining(e -> n.results[Integer.parseInt(e.getKey())] = e.getValue());
      n.nextIndex = fo.path("nextIndex").asInt();
      n.running = fo.path("running").asInt();
      n.succeeded = fo.path("succeeded").asInt();
      n.failed = fo.path("failed").asInt();
      fo.path("finished").forEach(i -> n.finished[i.asInt()] = true);
      fo.path("childInputs")
          .fields()
          .forEachRemaining(e -> n.childInputs[Integer.parseInt(e.getKey())] = e.getValue());
      f.fanout = n;
    }
    return f;
  }

  /** Absent stays absent (Java null); a JSON null value is kept as one. */
  private static JsonNode nullable(JsonNode n) {
    return n;
  }

  private static void putJson(ObjectNode o, String key, JsonNode value) {
    if (value != null) {
      o.set(key, value);
    }
  }

  private static void putInstant(ObjectNode o, String key, Instant value) {
    if (value != null) {
      o.put(key, value.toString());
    }
  }
}
