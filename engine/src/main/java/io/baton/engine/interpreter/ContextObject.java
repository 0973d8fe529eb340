package io.baton.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.definition.TaskState;
import io.baton.engine.execution.ExecutionInfo;
import io.baton.engine.execution.Frame;
import io.baton.engine.json.Json;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Builds the context object ({@code $$}, {@code $states.context}) for a state. The Execution and
 * StateMachine parts never change during an execution, so they are built once and shared.
 */
final class ContextObject {
  private ContextObject() {}

  /** {@code 2026-01-02T03:04:05.678Z}: always milliseconds, always UTC, as AWS writes them. */
  static String timestamp(Instant instant) {
    final LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    final StringBuilder b = new StringBuilder(24);
    b.append(t.getYear()).append('-');
    pad(b, t.getMonthValue(), 2).append('-');
    pad(b, t.getDayOfMonth(), 2).append('T');
    pad(b, t.getHour(), 2).append(':');
    pad(b, t.getMinute(), 2).append(':');
    pad(b, t.getSecond(), 2).append('.');
    pad(b, instant.getNano() / 1_000_000, 3).append('Z');
    return b.toString();
  }

  private static StringBuilder pad(StringBuilder b, int value, int width) {
    final String s = Integer.toString(value);
    for (int i = s.length(); i < width; i++) {
      b.append('0');
    }
    return b.append(s);
  }

  /** The parts of the context object that are the same for every state of an execution. */
  static ObjectNode executionPart(ExecutionInfo info) {
    final ObjectNode root = Json.object();
    final ObjectNode execution = root.putObject("Execution");
    execution.put("Id", info.executionArn());
    execution.set("Input", info.input());
    execution.put("StartTime", timestamp(info.startTime()));
    execution.put("Name", info.name());
    execution.put("RoleArn", info.roleArn());
    execution.put("RedriveCount", info.redriveCount());
    final ObjectNode machine = root.putObject("StateMachine");
    machine.put("Id", info.stateMachineArn());
    machine.put("Name", info.stateMachineName());
    return root;
  }

  static ObjectNode of(ObjectNode executionPart, Frame frame) {
    final ObjectNode root = Json.object();
    root.set("Execution", executionPart.get("Execution"));
    root.set("StateMachine", executionPart.get("StateMachine"));
    final ObjectNode state = root.putObject("State");
    state.put("Name", frame.stateName());
    state.put("EnteredTime", timestamp(frame.enteredTime()));
    if (frame.state() instanceof TaskState) {
      state.put("RetryCount", frame.retryCount());
    }
    return root;
  }

  /** Adds {@code Task.Token} for a callback task. */
  static ObjectNode withToken(ObjectNode context, String token) {
    context.putObject("Task").put("Token", token);
    return context;
  }

  /** Adds {@code Map.Item} for a Map's ItemSelector. */
  static ObjectNode withMapItem(ObjectNode context, int index, JsonNode value) {
    final ObjectNode item = context.putObject("Map").putObject("Item");
    item.put("Index", index);
    item.set("Value", value);
    return context;
  }
}
