package io.baton.node.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.json.Json;
import java.io.IOException;
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
  private static final Path SCRIPT =
      Path.of("..", "client", "src", "test", "python", "watch_execution.py");

  @TempDir Path dir;

  @Test
  void shouldStartAndWatchAnExecutionFromPython() throws Exception {
    // given
    final Optional<String> python = pythonWithGrpc();
    Assumptions.assumeTrue(python.isPresent(), "no python3 with grpc and grpc_tools importable");
    final Path definition = Files.writeString(dir.resolve("chain.json"), GatewayFixture.PASS_CHAIN);
    try (GatewayFixture gateway = GatewayFixture.start()) {

      // when
      final Process process =
          new ProcessBuilder(
                  python.get(),
                  SCRIPT.toString(),
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

  private static Optional<String> pythonWithGrpc() throws InterruptedException {
    final List<String> candidates = new ArrayList<>();
    Optional.ofNullable(System.getenv("BATON_PYTHON")).ifPresent(candidates::add);
    candidates.add("python3");
    candidates.add("/usr/bin/python3");
    for (String candidate : candidates) {
      try {
        final Process probe =
            new ProcessBuilder(candidate, "-c", "import grpc, grpc_tools.protoc")
                .redirectErrorStream(true)
                .start();
        if (probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0) {
          return Optional.of(candidate);
        }
        probe.destroyForcibly();
      } catch (IOException e) {
        // not installed under this name: try the next one
      }
    }
    return Optional.empty();
  }
}
