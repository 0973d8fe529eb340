package io.baton.node.api.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.execution.HistoryEvent;
import io.baton.engine.execution.HistoryJson;
import io.baton.node.service.ServiceModel.Execution;
import io.baton.node.service.ServiceModel.ExecutionSummary;
import io.baton.node.service.ServiceModel.SyncExecution;
import java.util.Iterator;
import java.util.Map;

/** Executions and history events in the shapes of AWS's DescribeExecution and friends. */
final class ExecutionJson {
  private ExecutionJson() {}

  /** DescribeExecutionOutput. */
  static ObjectNode describe(Execution e) {
    final ObjectNode out = common(e);
    AwsJson.putIfPresent(out, "error", e.error());
    AwsJson.putIfPresent(out, "cause", e.cause());
    out.put("redriveCount", 0);
    return out;
  }

  /** StartSyncExecutionOutput, billing details included. */
  static ObjectNode sync(SyncExecution sync) {
    final Execution e = sync.execution();
    final ObjectNode out = common(e);
    AwsJson.putIfPresent(out, "error", e.error());
    AwsJson.putIfPresent(out, "cause", e.cause());
    final ObjectNode billing = out.putObject("billingDetails");
    billing.put("billedMemoryUsedInMB", sync.billedMemoryMb());
    billing.put("billedDurationInMilliseconds", sync.billedDurationMillis());
    return out;
  }

  /** One ExecutionListItem. */
  static void summary(ObjectNode item, ExecutionSummary s) {
    item.put("executionArn", s.executionArn());
    item.put("stateMachineArn", s.stateMachineArn());
    item.put("name", s.name());
    item.put("status", s.status().name());
    AwsJson.putTimestamp(item, "startDate", s.startDate());
    AwsJson.putTimestamp(item, "stopDate", s.stopDate());
  }

  /**
   * One HistoryEvent. Without execution data, AWS leaves out the {@code input} and {@code output}
   * of every event's details and keeps the rest.
   */
  static ObjectNode historyEvent(HistoryEvent event, boolean includeData) {
    final ObjectNode out = HistoryJson.toAws(event);
    if (!includeData) {
      final Iterator<Map.Entry<String, JsonNode>> fields = out.fields();
      while (fields.hasNext()) {
        final JsonNode value = fields.next().getValue();
        if (value.isObject()) {
          ((ObjectNode) value).remove("input");
          ((ObjectNode) value).remove("output");
        }
      }
    }
    return out;
  }

  private static ObjectNode common(Execution e) {
    final ObjectNode out = AwsJson.object();
    out.put("executionArn", e.executionArn());
    out.put("stateMachineArn", e.stateMachineArn());
    out.put("name", e.name());
    out.put("status", e.status().name());
    AwsJson.putTimestamp(out, "startDate", e.startDate());
    AwsJson.putTimestamp(out, "stopDate", e.stopDate());
    out.put("input", e.input());
    out.putObject("inputDetails").put("included", true);
    e.output()
        .ifPresent(
            output -> {
              out.put("output", output);
              out.putObject("outputDetails").put("included", true);
            });
    return out;
  }
}
