package io.baton.engine.execution;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.json.Json;

/** Renders a history event in the shape of AWS's GetExecutionHistory. */
public final class HistoryJson {
  private HistoryJson() {}

  public static ObjectNode toAws(HistoryEvent event) {
    final ObjectNode out = Json.object();
    out.put("timestamp", event.timestamp().toEpochMilli() / 1000.0);
    out.put("type", event.type());
    out.put("id", event.id());
    out.put("previousEventId", event.previousEventId());
    if (event.details().size() > 0) {
      out.set(detailsKey(event.type()), event.details());
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
