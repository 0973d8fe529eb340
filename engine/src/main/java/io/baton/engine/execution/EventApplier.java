package io.baton.engine.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.data.Variables;
import io.baton.engine.definition.MapState;
import io.baton.engine.definition.ParallelState;
import io.baton.engine.definition.State;
import io.baton.engine.definition.StateMachineDefinition;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Folds history events into an {@link ExecutionState}: the single place where state changes.
 *
 * <ul>
 *   <li>Reads only the event and the state; never the clock, never ids, never the definition's
 *       expressions.
 *   <li>Unknown event types are a bug and throw {@link IllegalStateException}.
 * </ul>
 */
final class EventApplier {
  private EventApplier() {}

  static void apply(ExecutionState s, HistoryEvent e) {
    s.eventCount++;
    if (e.visible()) {
      s.lastEventId = e.id();
    }
    final String type = e.type();
    final ObjectNode in = e.internal();
    if (type.endsWith("StateEntered")) {
      entered(frame(s, e), e);
    } else if (type.endsWith("StateExited")) {
      exited(s, frame(s, e), in);
    } else if (EventTypes.EXECUTION_STARTED.equals(type)) {
      started(s, e);
    } else if (ExecutionEvents.isTerminal(type)) {
      terminal(s, e);
    } else if (TaskEvents.isScheduled(type)) {
      final Frame f = frame(s, e);
      f.phase = FramePhase.TASK;
      // A retry schedules the task again once its back-off timer fired: that timer is gone.
      f.timerId = null;
      f.timerFireAt = null;
      f.taskId = text(in, "taskId");
      f.timeoutTimerId = text(in, "timeoutTimerId");
      f.heartbeatTimerId = text(in, "heartbeatTimerId");
      f.timeoutFireAt = instant(in, "timeoutFireAt");
      f.heartbeatFireAt = instant(in, "heartbeatFireAt");
      f.pendingTask = in;
      f.taskStarted = false;
    } else if (TaskEvents.isOutcome(type)) {
      final Frame f = frame(s, e);
      f.phase = FramePhase.ACTIVE;
      f.taskId = null;
      f.timeoutTimerId = null;
      f.heartbeatTimerId = null;
      f.timeoutFireAt = null;
      f.heartbeatFireAt = null;
      f.pendingTask = null;
      f.taskStarted = false;
    } else if (TaskEvents.isProgress(type)) {
      frame(s, e).taskStarted = true;
    } else if (EventTypes.HEARTBEAT_RECORDED.equals(type)) {
      frame(s, e).heartbeatTimerId = text(in, "heartbeatTimerId");
      frame(s, e).heartbeatFireAt = instant(in, "fireAt");
    } else if (EventTypes.TIMER_SCHEDULED.equals(type)) {
      final Frame f = frame(s, e);
      f.phase = FramePhase.WAITING;
      f.timerId = text(in, "timerId");
      f.timerFireAt = instant(in, "fireAt");
    } else if (EventTypes.RETRY_SCHEDULED.equals(type)) {
      retryScheduled(s, frame(s, e), in);
    } else if (EventTypes.EVALUATION_FAILED.equals(type)) {
      return;
    } else if (EventTypes.STATE_ABORTED.contains(type)) {
      cut(s, e.frame());
    } else {
      FanoutApplier.apply(s, e);
    }
  }

  private static void started(ExecutionState s, HistoryEvent e) {
    final ObjectNode in = e.internal();
    final JsonNode info = in.get("info");
    final JsonNode input = in.get("input");
    s.info =
        new ExecutionInfo(
            info.path("executionArn").asText(),
            info.path("name").asText(),
            info.path("stateMachineArn").asText(),
            info.path("stateMachineName").asText(),
            info.path("roleArn").asText(),
            input,
            Instant.parse(info.path("startTime").asText()),
            info.path("redriveCount").asInt());
    s.status = ExecutionStatus.RUNNING;
    s.executionTimerId = text(in, "timerId");
    s.executionTimeoutAt = instant(in, "timeoutAt");
    final Frame root = new Frame("", 0, s.definition, Variables.EMPTY);
    root.stateName = s.definition.startAt();
    root.stateInput = input;
    s.frames.clear();
    s.frames.put("", root);
  }

  private static void entered(Frame f, HistoryEvent e) {
    f.phase = FramePhase.ACTIVE;
    f.stateName = e.details().path("name").asText();
    f.stateInput = e.internal().get("input");
    f.enteredEventId = e.id();
    f.enteredTime = e.timestamp();
    f.retryCounts = new int[retrierCount(f.machine.state(f.stateName))];
    f.retryCount = 0;
    f.taskId = null;
    f.timerId = null;
    f.fanout = null;
  }

  private static void exited(ExecutionState s, Frame f, ObjectNode in) {
    final JsonNode assign = in.get("assign");
    if (assign != null && assign.isObject()) {
      final Map<String, JsonNode> values = new HashMap<>();
      final Iterator<Map.Entry<String, JsonNode>> it = assign.fields();
      while (it.hasNext()) {
        final Map.Entry<String, JsonNode> entry = it.next();
        values.put(entry.getKey(), entry.getValue());
      }
      f.variables = f.variables.with(values);
    }
    removeDescendants(s, f.path);
    f.fanout = null;
    f.timerId = null;
    final JsonNode output = in.get("output");
    final String next = text(in, "next");
    if (next != null) {
      f.phase = FramePhase.READY;
      f.stateName = next;
      f.stateInput = output;
    } else {
      f.phase = FramePhase.COMPLETED;
      f.output = output;
    }
  }

  private static void terminal(ExecutionState s, HistoryEvent e) {
    s.status = ExecutionEvents.statusOf(e.type());
    final JsonNode out = e.internal().get("output");
    s.output = out;
    s.error = text(e.details(), "error");
    s.cause = text(e.details(), "cause");
    s.frames.clear();
  }

  private static void retryScheduled(ExecutionState s, Frame f, ObjectNode in) {
    final int retrier = in.path("retrier").asInt();
    if (retrier < f.retryCounts.length) {
      f.retryCounts[retrier]++;
    }
    f.retryCount++;
    f.phase = FramePhase.RETRY_WAIT;
    f.timerId = text(in, "timerId");
    f.timerFireAt = instant(in, "fireAt");
    f.fanout = null;
    removeDescendants(s, f.path);
  }

  /**
   * A Parallel or Map cut this branch or iteration while it was inside a state: the frame and
   * everything below it run no further. A cut Map iteration's frame is already gone, dropped by the
   * MapIterationAborted that AWS records just before the state's aborted event.
   */
  private static void cut(ExecutionState s, String path) {
    if (path.isEmpty()) {
      throw new IllegalStateException(
          "Expected a branch or iteration frame for a state-aborted event, but found the top level");
    }
    if (s.frames.containsKey(path)) {
      removeDescendants(s, path);
      s.frames.remove(path);
    }
  }

  static void removeDescendants(ExecutionState s, String path) {
    if (s.frames.size() <= 1) {
      return;
    }
    final String prefix = path.isEmpty() ? "" : path + "/";
    s.frames.keySet().removeIf(p -> !p.isEmpty() && p.startsWith(prefix) && !p.equals(path));
  }

  static Frame frame(ExecutionState s, HistoryEvent e) {
    final Frame f = s.frames.get(e.frame());
    if (f == null) {
      throw new IllegalStateException(
          "Expected a running frame '" + e.frame() + "' for event " + e.type() + " #" + e.id());
    }
    return f;
  }

  static Frame newChild(
      ExecutionState s, Frame parent, int index, StateMachineDefinition machine, JsonNode input) {
    final Frame child =
        new Frame(parent.childPath(index), index, machine, parent.variables.child());
    child.stateName = machine.startAt();
    child.stateInput = input;
    s.frames.put(child.path, child);
    return child;
  }

  static StateMachineDefinition branch(Frame parent, int index) {
    final State state = parent.state();
    if (state instanceof ParallelState p) {
      return p.branches().get(index);
    }
    if (state instanceof MapState m) {
      return m.itemProcessor();
    }
    throw new IllegalStateException(
        "Expected a Parallel or Map state in frame '" + parent.path + "', but found " + state);
  }

  private static int retrierCount(State state) {
    return state.accept(RetrierCount.INSTANCE);
  }

  static Instant instant(JsonNode node, String field) {
    final String value = text(node, field);
    return value == null ? null : Instant.parse(value);
  }

  static String text(JsonNode node, String field) {
    final JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
