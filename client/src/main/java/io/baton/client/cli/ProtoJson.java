package io.baton.client.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.Timestamp;
import io.baton.client.ProtoTime;
import io.baton.client.grpc.v1.Activity;
import io.baton.client.grpc.v1.Execution;
import io.baton.client.grpc.v1.ExecutionStatus;
import io.baton.client.grpc.v1.ExecutionSummary;
import io.baton.client.grpc.v1.HistoryEvent;
import io.baton.client.grpc.v1.StateMachine;
import io.baton.client.grpc.v1.StateMachineSummary;
import io.baton.client.grpc.v1.StateMachineType;
import io.baton.engine.execution.HistoryJson;
import io.baton.engine.json.Json;
import java.time.temporal.ChronoUnit;

/**
 * Renders API messages as the JSON the AWS CLI prints for the same calls: camelCase keys, ISO
 * dates, statuses as AWS spells them, event details under AWS's member name.
 */
final class ProtoJson {
  private ProtoJson() {}

  static ObjectNode stateMachine(StateMachine m) {
    final ObjectNode out = Json.object();
    out.put("stateMachineArn", m.getStateMachineArn());
    out.put("name", m.getName());
    out.put("type", type(m.getType()));
    out.put("status", m.getStatus());
    out.put("definition", m.getDefinition());
    out.put("roleArn", m.getRoleArn());
    out.put("revisionId", m.getRevisionId());
    out.put("creationDate", date(m.getCreationDate()));
    out.put("updateDate", date(m.getUpdateDate()));
    return out;
  }

  static ObjectNode summary(StateMachineSummary m) {
    final ObjectNode out = Json.object();
    out.put("stateMachineArn", m.getStateMachineArn());
    out.put("name", m.getName());
    out.put("type", type(m.getType()));
    out.put("creationDate", date(m.getCreationDate()));
    return out;
  }

  static ObjectNode execution(Execution e) {
    final ObjectNode out = Json.object();
    out.put("executionArn", e.getExecutionArn());
    out.put("stateMachineArn", e.getStateMachineArn());
    out.put("name", e.getName());
    out.put("status", status(e.getStatus()));
    out.put("startDate", date(e.getStartDate()));
    if (e.hasStopDate()) {
      out.put("stopDate", date(e.getStopDate()));
    }
    out.put("input", e.getInput());
    putIfSet(out, "output", e.getOutput());
    putIfSet(out, "error", e.getError());
    putIfSet(out, "cause", e.getCause());
    return out;
  }

  static ObjectNode summary(ExecutionSummary e) {
    final ObjectNode out = Json.object();
    out.put("executionArn", e.getExecutionArn());
    out.put("stateMachineArn", e.getStateMachineArn());
    out.put("name", e.getName());
    out.put("status", status(e.getStatus()));
    out.put("startDate", date(e.getStartDate()));
    if (e.hasStopDate()) {
      out.put("stopDate", date(e.getStopDate()));
    }
    return out;
  }

  static ObjectNode event(HistoryEvent e) {
    final ObjectNode out = Json.object();
    out.put("timestamp", date(e.getTimestamp()));
    out.put("type", e.getType());
    out.put("id", e.getId());
    out.put("previousEventId", e.getPreviousEventId());
    if (!e.getDetailsJson().isEmpty()) {
      out.set(HistoryJson.detailsKey(e.getType()), details(e.getDetailsJson()));
    }
    return out;
  }

  static ObjectNode activity(Activity a) {
    final ObjectNode out = Json.object();
    out.put("activityArn", a.getActivityArn());
    out.put("name", a.getName());
    out.put("creationDate", date(a.getCreationDate()));
    return out;
  }

  static String type(StateMachineType type) {
    return type == StateMachineType.STATE_MACHINE_TYPE_EXPRESS ? "EXPRESS" : "STANDARD";
  }

  /** AWS's spelling of a status: RUNNING, SUCCEEDED, … */
  static String status(ExecutionStatus status) {
    return status.name().replace("EXECUTION_STATUS_", "");
  }

  /** ISO-8601 in UTC with milliseconds, the precision AWS reports. */
  static String date(Timestamp timestamp) {
    return ProtoTime.instant(timestamp).truncatedTo(ChronoUnit.MILLIS).toString();
  }

  static String pretty(JsonNode node) {
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Expected to print JSON, but " + e.getMessage(), e);
    }
  }

  private static JsonNode details(String text) {
    try {
      return Json.parse(text);
    } catch (RuntimeException e) {
      return Json.NODES.textNode(text);
    }
  }

  private static void putIfSet(ObjectNode out, String key, String value) {
    if (!value.isEmpty()) {
      out.put(key, value);
    }
  }
}
