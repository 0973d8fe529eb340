package io.baton.client.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.json.Json;
import io.baton.engine.runner.ExecutionResult;
import io.baton.engine.runner.LocalRunner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;

/**
 * The JSON-lines protocol: one request per line on stdin, one result per line on stdout, so one JVM
 * runs many executions (see the conformance runner's docstring for the shapes).
 */
final class JsonLinesServer {
  private final LocalRunner runner;
  private final Clock clock;

  JsonLinesServer(LocalRunner runner, Clock clock) {
    this.runner = runner;
    this.clock = clock;
  }

  void serve(BufferedReader in, PrintStream out) throws IOException {
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      out.println(Json.write(handle(line)));
      out.flush();
    }
  }

  private static ObjectNode invalidDefinition(
      JsonNode request, java.util.List<io.baton.engine.definition.validate.Diagnostic> errors) {
    final ObjectNode out = Json.object();
    out.set("id", request.path("id"));
    out.put("status", "FAILED");
    out.putNull("output");
    out.put("error", "InvalidDefinition");
    out.put(
        "cause",
        "Invalid State Machine Definition: '"
            + String.join(", ", errors.stream().map(Object::toString).toList())
            + "'");
    return out;
  }

  ObjectNode handle(String line) {
    JsonNode request = null;
    try {
      request = Json.parse(line);
      final boolean express = "EXPRESS".equals(request.path("type").asText());
      final LocalExecution.Names names =
          new LocalExecution.Names(
              express,
              request.path("region").asText("us-east-1"),
              request.path("accountId").asText("123456789012"),
              request.path("roleArn").asText(""),
              request.path("stateMachineName").asText("machine"),
              request.path("executionName").asText("execution"));
      final JsonNode definition =
          request.path("definition").isTextual()
              ? Json.parse(request.path("definition").asText())
              : request.path("definition");
      final var errors = ValidateCommand.errors(definition);
      if (!errors.isEmpty()) {
        return invalidDefinition(request, errors);
      }
      final JsonNode input = Json.parse(request.path("input").asText("{}"));
      final ExecutionResult result =
          LocalExecution.run(runner, definition, input, names, clock.instant());
      final ObjectNode out = LocalExecution.render(result, true);
      LocalExecution.addHistoryTypes(out, result);
      out.set("id", request.path("id"));
      return out;
    } catch (RuntimeException e) {
      final ObjectNode out = Json.object();
      out.set("id", request == null ? Json.NODES.nullNode() : request.path("id"));
      out.put("status", "FAILED");
      out.putNull("output");
      out.put("error", "Baton.InvalidRequest");
      out.put("cause", String.valueOf(e.getMessage()));
      return out;
    }
  }
}
