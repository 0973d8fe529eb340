package io.baton.node.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Python gRPC client, with stubs generated from the same .proto files, starts and watches an
 * execution through the gateway. Skipped where no python3 with grpcio and grpcio-tools is found
 * (set BATON_PYTHON to choose one; Debian: apt-get install python3-grpc-tools).
 */
class PythonClientTest {
  @TempDir Path dir;

  @Test
  void shouldStartAndWatchAnExecutionFromPython() throws Exception {
    // given
    final Optional<String> python = PythonGrpc.find();
    Assumptions.assumeTrue(python.isPresent(), "no python3 with grpc and grpc_tools importable");
    final Path definition = Files.writeString(dir.resolve("chain.json"), GatewayFixture.PASS_CHAIN);
    try (GatewayFixture gateway = GatewayFixture.start()) {

      // when
      final Process process =
          new ProcessBuilder(
                  python.get(),
                  PythonGrpc.WATCH_SCRIPT.toString(),
                  "--endpoint",
                  gateway.endpoint(),
                  "--definition",
                  definition.toString(),
                  "--input",
                  "{\"from\":\"python\"}",
                  "--check-errors")
              .redirectErrorStream(true)
              .start();
      final boolean ended = process.waitFor(120, TimeUnit.SECONDS);
      final String output =
          new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      // then
      assertThat(ended).as("the script ended in time").isTrue();
      assertThat(process.exitValue()).as(output).isZero();
      final List<String> types = new ArrayList<>();
      output
          .lines()
          .filter(l -> l.startsWith("{"))
          .map(Json::parse)
          .forEach(
              j -> {
                if (j.has("type")) {
                  types.add(j.get("type").asText());
                }
              });
      assertThat(types)
          .containsExactly(
              "ExecutionStarted",
              "PassStateEntered",
              "PassStateExited",
              "PassStateEntered",
              "PassStateExited",
              "ExecutionSucceeded");
      assertThat(output)
          .contains("\"refused\": \"NOT_FOUND\", \"awsError\": \"ExecutionDoesNotExist\"");
      assertThat(output).contains("\"status\": \"SUCCEEDED\"").contains("python");
    }
  }
}
