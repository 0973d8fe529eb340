package io.baton.node.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.client.BatonClient;
import io.baton.client.grpc.v1.ExecutionStatus;
import io.baton.client.grpc.v1.ListExecutionsRequest;
import io.baton.client.grpc.v1.ListExecutionsResponse;
import io.baton.engine.json.Json;
import io.baton.node.bootstrap.Main;
import io.baton.node.testing.NodeUnderTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code baton load} for a few seconds against a real node, with the benchmark workflows of
 * docs/benchmarks.md. The node is reached under two names (127.0.0.1 and localhost) so that the
 * report has two endpoints to spread starts over; what the report counts is checked against the
 * node's own listing of the executions.
 */
class LoadCliIT {
  private static final String FIVE = "../docs/benchmarks/five-state.json";
  private static final String TWENTY = "../docs/benchmarks/twenty-state.json";

  private static NodeUnderTest node;
  private static String other;

  private record Run(int exit, String out, String err) {}

  @BeforeAll
  static void start() {
    node = NodeUnderTest.startInProcess();
    other = node.endpoint().replace("127.0.0.1", "localhost");
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void shouldMeasureAClosedLoopOverTwoEndpoints() {
    // when
    final Run run =
        baton(
            "load",
            "--definition",
            FIVE,
            "--input",
            "{\"orderId\": 42, \"items\": [3, 5, 7]}",
            "--endpoint",
            node.endpoint() + "," + other,
            "--concurrency",
            "8",
            "--warmup",
            "1s",
            "--duration",
            "3s",
            "--output",
            "json");

    // then
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    final JsonNode report = Json.parse(run.out());
    final long executions = report.get("executions").asLong();
    assertThat(executions).isPositive();
    assertThat(report.get("transitionsPerExecution").asInt()).isEqualTo(5);
    assertThat(report.get("transitionsPerSecond").asDouble())
        .isCloseTo(
            report.get("executionsPerSecond").asDouble() * 5,
            org.assertj.core.data.Offset.offset(1.0));
    assertThat(report.get("durationSeconds").asDouble()).isBetween(2.9, 3.5);
    final JsonNode ms = report.get("latencyMillis");
    assertThat(ms.get("p50").asDouble()).isPositive();
    assertThat(ms.get("p50").asDouble()).isLessThanOrEqualTo(ms.get("p99").asDouble());
    assertThat(ms.get("p99").asDouble()).isLessThanOrEqualTo(ms.get("max").asDouble());
    assertThat(report.get("errors").asLong()).isZero();
    final JsonNode endpoints = report.get("endpoints");
    assertThat(endpoints).hasSize(2);
    for (JsonNode e : endpoints) {
      assertThat(e.get("succeeded").asLong()).as(e.toString()).isPositive();
    }
    assertThat(
            endpoints.get(0).get("succeeded").asLong() + endpoints.get(1).get("succeeded").asLong())
        .isEqualTo(executions);
    // The node ran at least as many as were counted: the probe, the warm-up and the drain also ran.
    final String machine = report.get("stateMachineArn").asText();
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(succeededOn(machine)).isGreaterThan(executions));
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void shouldStartAtTheGivenRateInAnOpenLoopAndReportTheMedianOfTwoRuns() {
    // when: 40 starts per second, measured twice for 2 s
    final Run run =
        baton(
            "load",
            "--definition",
            TWENTY,
            "--input",
            "{\"n\": 0, \"tag\": \"bench\"}",
            "--endpoint",
            node.endpoint(),
            "--rate",
            "40",
            "--warmup",
            "1s",
            "--duration",
            "2s",
            "--runs",
            "2",
            "--output",
            "json");

    // then
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    final JsonNode series = Json.parse(run.out());
    assertThat(series.get("runs")).hasSize(2);
    for (JsonNode report : series.get("runs")) {
      assertThat(report.get("mode").asText()).isEqualTo("rate");
      assertThat(report.get("transitionsPerExecution").asInt()).isEqualTo(20);
      assertThat(report.get("executionsPerSecond").asDouble()).isBetween(30.0, 50.0);
      assertThat(report.get("errors").asLong()).isZero();
    }
    assertThat(series.get("runs").get(1).get("warmupSeconds").asDouble()).isZero();
    assertThat(series.get("median").get("transitionsPerSecond").asDouble())
        .isBetween(600.0, 1000.0);
  }

  @Test
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  void shouldRefuseToMeasureAWorkflowThatFails() throws Exception {
    // given
    final java.nio.file.Path failing = java.nio.file.Files.createTempFile("failing", ".json");
    java.nio.file.Files.writeString(
        failing, "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"Broken\"}}}");

    // when
    final Run run =
        baton(
            "load",
            "--definition",
            failing.toString(),
            "--endpoint",
            node.endpoint(),
            "--duration",
            "1s");

    // then
    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.err()).contains("probe execution").contains("FAILED").contains("Broken");
    assertThat(run.out()).isEmpty();
  }

  private static long succeededOn(String machine) {
    try (BatonClient client = BatonClient.connect(node.endpoint())) {
      long count = 0;
      String token = "";
      do {
        final ListExecutionsResponse page =
            client.listExecutions(
                ListExecutionsRequest.newBuilder()
                    .setStateMachineArn(machine)
                    .setStatusFilter(ExecutionStatus.EXECUTION_STATUS_SUCCEEDED)
                    .setPageSize(1000)
                    .setPageToken(token)
                    .build());
        count += page.getExecutionsCount();
        token = page.getNextPageToken();
      } while (!token.isEmpty());
      return count;
    }
  }

  /** Runs {@code baton ARGS} in-process, as {@code java -jar baton.jar} would, and captures it. */
  private static Run baton(String... args) {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final var cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }
}
