package io.baton.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.error.Failure;
import io.baton.engine.json.Json;
import java.util.Optional;

/**
 * The details of task and activity events, with the resource split as AWS shows it: {@code
 * arn:aws:states:::lambda:invoke} → resourceType {@code lambda}, resource {@code invoke}.
 */
final class TaskDetails {
  private TaskDetails() {}

  static ObjectNode resource(String arn) {
    final ObjectNode d = Json.object();
    final String[] parts = arn.split(":", 7);
    if (parts.length >= 7 && arn.startsWith("arn:") && "states".equals(parts[2]) && parts[3].isEmpty()) {
      d.put("resourceType", parts[5]);
      d.put("resource", parts[6]);
    } else if (parts.length >= 6 && "lambda".equals(parts[2])) {
      d.put("resourceType", "lambda");
      d.put("resource", arn);
    } else {
      d.put("resourceType", parts.length > 2 ? parts[2] : "unknown");
      d.put("resource", arn);
    }
    return d;
  }

  static ObjectNode scheduled(
      String arn,
      JsonNode parameters,
      Optional<Integer> timeout,
      Optional<Integer> heartbeat,
      boolean activity) {
    final ObjectNode d;
    if (activity) {
      d = Json.object();
      d.put("resource", arn);
      d.set("input", parameters);
      d.putObject("inputDetails").put("truncated", false);
    } else {
      d = resource(arn);
      d.put("region", region(arn));
      d.set("parameters", parameters);
    }
    timeout.ifPresent(t -> d.put("timeoutInSeconds", t));
    heartbeat.ifPresent(h -> d.put("heartbeatInSeconds", h));
    return d;
  }

  static ObjectNode succeeded(String arn, JsonNode output, boolean activity) {
    final ObjectNode d = activity ? Json.object() : resource(arn);
    d.set("output", output);
    d.putObject("outputDetails").put("truncated", false);
    return d;
  }

  static ObjectNode failed(String arn, Failure failure, boolean activity) {
    final ObjectNode d = activity ? Json.object() : resource(arn);
    d.put("error", failure.error());
    d.put("cause", failure.cause());
    return d;
  }

  private static String region(String arn) {
    final String[] parts = arn.split(":");
    return parts.length > 3 && !parts[3].isEmpty() ? parts[3] : "us-east-1";
  }
}
