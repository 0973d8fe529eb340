package io.baton.client.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.definition.StateMachineDefinition;
import io.baton.engine.definition.parse.DefinitionParser;
import io.baton.engine.execution.ExecutionInfo;
import io.baton.engine.execution.HistoryEvent;
import io.baton.engine.json.Json;
import io.baton.engine.runner.ExecutionResult;
import io.baton.engine.runner.LocalRunner;
import java.time.Instant;

/** Runs one state machine locally and renders the result as the CLI prints it. */
final class LocalExecution {
  private LocalExecution() {}

  record Names(
      boolean express,
      String region,
      String account,
      String roleArn,
      String machine,
      String execution) {}

  static ExecutionResult run(
      LocalRunner runner, JsonNode definition, JsonNode input, Names names, Instant start) {
    final StateMachineDefinition parsed = DefinitionParser.parse(definition);
    final ExecutionInfo info =
        new ExecutionInfo(
            names.express()
                ? Arns.expressExecution(
                    names.region(), names.account(), names.machine(), names.execution(), start)
                : Arns.execution(
                    names.region(), names.account(), names.machine(), names.execution()),
            names.execution(),
            Arns.stateMachine(names.region(), names.account(), names.machine()),
            names.machine(),
            names.roleArn(),
            input,
            start,
            0);
    return runner.run(parsed, info);
  }

  static ObjectNode render(ExecutionResult result, boolean outputAsText) {
    final ObjectNode out = Json.object();
    out.put("status", result.status().name());
    if (result.output().isPresent()) {
      if (outputAsText) {
        out.put("output", Json.write(result.output().get()));
      } else {
        out.set("output", result.output().get());
      }
    } else {
      out.putNull("output");
    }
    putOrNull(out, "error", result.error().orElse(null));
    putOrNull(out, "cause", result.cause().orElse(null));
    return out;
  }

  static void addHistoryTypes(ObjectNode out, ExecutionResult result) {
    final var types = out.putArray("historyEventTypes");
    for (HistoryEvent e : result.visibleHistory()) {
      types.add(e.type());
    }
  }

  private static void putOrNull(ObjectNode out, String key, String value) {
    if (value == null) {
      out.putNull(key);
    } else {
      out.put(key, value);
    }
  }
}
