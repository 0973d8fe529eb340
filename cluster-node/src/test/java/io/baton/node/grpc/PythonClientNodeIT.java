package io.baton.node.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.json.Json;
import io.baton.node.testing.NodeUnderTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Python client (client/src/test/python/watch_execution.py, stubs generated from the same
 * .proto files) against a real node: it creates a state machine, starts an execution, watches its
 * history to the end over the Watch stream, and reads a refusal's AWS error name. Reported skipped
 * where no python3 can import grpc and grpc_tools (set BATON_PYTHON to choose one).
 */
class PythonClientNodeIT {
  private static final String ROLE = "arn:aws:iam::123456789012:role/baton";
  private static final String GREET_AND_WAIT =
      """
      {"StartAt":"Greet","States":{
        "Greet":{"Type":"Pass","Parameters":{"greeting.$":"States.Format('hello {}', $.from)"},
                 "Next":"Pause"},
        "Pause":{"Type":"Wait","Seconds":1,"Next":"Done"},
        "Done":{"Type":"Pass","End":true}}}
      """;

  private static NodeUnderTest node;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    node = NodeUnderTest.start();
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void shouldStartAnExecutionAndWatchItToItsEndFromPython() throws Exception {
    // given
    final String python =
        PythonGrpc.find()
            .orElseGet(
                () ->
                    Assumptions.abort("no python3 can import grpc and grpc_tools (BATON_PYTHON)"));
    final Path definition = Files.writeString(dir.resolve("greet.json"), GREET_AND_WAIT);

    // when
    final Process process =
        new ProcessBuilder(
                python,
                PythonGrpc.WATCH_SCRIPT.toString(),
                "--endpoint",
                node.endpoint(),
                "--name",
                "python-" + UUID.randomUUID().toString().substring(0, 8),
                "--role-arn",
                ROLE,
                "--definition",
                definition.toString(),
                "--input",
                "{\"from\":\"python\"}",
                "--check-errors")
            .redirectErrorStream(true)
            .start();
    final boolean ended = process.waitFor(120, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly();
    }
    final String output =
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    // then
    assertThat(ended).as("the script ended in time: " + output).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    final List<JsonNode> lines =
        output.lines().filter(l -> l.startsWith("{")).map(Json::parse).toList();
    assertThat(lines.get(0).get("refused").asText()).isEqualTo("NOT_FOUND");
    assertThat(lines.get(0).get("awsError").asText()).isEqualTo("ExecutionDoesNotExist");
    final List<JsonNode> events = lines.stream().filter(j -> j.has("type")).toList();
    assertThat(events)
        .extracting(e -> e.get("type").asText())
        .containsExactly(
            "ExecutionStarted",
            "PassStateEntered",
            "PassStateExited",
            "WaitStateEntered",
            "WaitStateExited",
            "PassStateEntered",
            "PassStateExited",
            "ExecutionSucceeded");
    assertThat(events)
        .extracting(e -> e.get("id").asLong(), e -> e.get("previousEventId").asLong())
        .containsExactly(
            tuple(1L, 0L),
            tuple(2L, 1L),
            tuple(3L, 2L),
            tuple(4L, 3L),
            tuple(5L, 4L),
            tuple(6L, 5L),
            tuple(7L, 6L),
            tuple(8L, 7L));
    final JsonNode last = lines.get(lines.size() - 1);
    assertThat(last.get("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(Json.parse(last.get("output").asText()))
        .isEqualTo(Json.parse("{\"greeting\":\"hello python\"}"));
  }
}
