package io.baton.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.definition.TaskState;
import io.baton.engine.execution.ExecutionInfo;
import io.baton.engine.execution.Frame;
import io.baton.engine.json.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Builds the context object ({@code $$}, {@code $states.context}) for a state. */
final class ContextObject {
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private ContextObject() {}

  static String timestamp(Instant instant) {
    return ISO.format(instant);
  }

  static ObjectNode of(ExecutionInfo info, Frame frame) {
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
