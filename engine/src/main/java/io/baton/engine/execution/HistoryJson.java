package io.baton.engine.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.json.Json;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Renders a history event in the shape of AWS's GetExecutionHistory.
 *
 * <p>Events keep inputs, outputs and parameters as JSON values, so that running a state never pays
 * for serializing them; AWS shows them as JSON text, which happens here, when history is read.
 */
public final class HistoryJson {
  private static final Set<String> JSON_TEXT_FIELDS = Set.of("input", "output", "parameters");

  private HistoryJson() {}

  public static ObjectNode toAws(HistoryEvent event) {
    final ObjectNode out = Json.object();
    out.put("timestamp", event.timestamp().toEpochMilli() / 1000.0);
    out.put("type", event.type());
    out.put("id", event.id());
    out.put("previousEventId", event.previousEventId());
    if (event.details().size() > 0) {
      out.set(detailsKey(event.type()), awsDetails(event.details()));
    }
    return out;
  }

  /** The details object with its JSON-valued fields written as JSON text. */
  public static ObjectNode awsDetails(ObjectNode details) {
    final ObjectNode out = Json.object();
    final Iterator<Map.Entry<String, JsonNode>> it = details.fields();
    while (it.hasNext()) {
      final Map.Entry<String, JsonNode> field = it.next();
      if (JSON_TEXT_FIELDS.contains(field.getKey())) {
        out.put(field.getKey(), Json.write(field.getValue()));
      } else if ("assignedVariables".equals(field.getKey())) {
        final ObjectNode vars = out.putObject("assignedVariables");
        field.getValue().fields().forEachRemaining(v -> vars.put(v.getKey(), Json.write(v.getValue())));
      } else {
        out.set(field.getKey(), field.getValue());
      }
    }
    return out;
  }

  /** The name of the details member for an event type, as in AWS's HistoryEvent shape. */
  public static String detailsKey(String type) {
    if (type.endsWith("StateEntered")) {
      return "stateEnteredEventDetails";
    }
    if (type.endsWith("StateExited")) {
      return "stateExitedEventDetails";
    }
    return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "EventDetails";
  }
}
