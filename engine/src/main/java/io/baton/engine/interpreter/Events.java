package io.baton.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.json.Json;
import java.util.Iterator;
import java.util.Map;

/** Builders for the AWS event-details objects the engine writes. */
final class Events {
  private Events() {}

  static ObjectNode details() {
    return Json.object();
  }

  static ObjectNode stateEntered(String name, JsonNode input) {
    final ObjectNode d = Json.object();
    d.put("name", name);
    d.set("input", input);
    d.putObject("inputDetails").put("truncated", false);
    return d;
  }

  static ObjectNode stateExited(String name, JsonNode output, ObjectNode assigned) {
    final ObjectNode d = Json.object();
    d.put("name", name);
    d.set("output", output);
    d.putObject("outputDetails").put("truncated", false);
    if (assigned != null && assigned.size() > 0) {
      final ObjectNode vars = d.putObject("assignedVariables");
      final Iterator<Map.Entry<String, JsonNode>> it = assigned.fields();
      while (it.hasNext()) {
        final Map.Entry<String, JsonNode> e = it.next();
        vars.set(e.getKey(), e.getValue());
      }
      d.putObject("assignedVariablesDetails").put("truncated", false);
    }
    return d;
  }

  static ObjectNode errorCause(String error, String cause) {
    final ObjectNode d = Json.object();
    if (error != null) {
      d.put("error", error);
    }
    if (cause != null) {
      d.put("cause", cause);
    }
    return d;
  }

  static ObjectNode output(JsonNode output) {
    final ObjectNode d = Json.object();
    d.set("output", output);
    d.putObject("outputDetails").put("truncated", false);
    return d;
  }

  static ObjectNode iteration(int index, String name) {
    final ObjectNode d = Json.object();
    d.put("index", index);
    d.put("name", name);
    return d;
  }

  static ObjectNode internal() {
    return Json.object();
  }

  static ObjectNode internal(String key, JsonNode value) {
    final ObjectNode d = Json.object();
    d.set(key, value);
    return d;
  }
}
