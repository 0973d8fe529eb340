package io.baton.client.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadReportTest {
  private static final long MS = 1_000_000L;
  private static final String ARN = "arn:aws:states:us-east-1:123456789012:stateMachine:m";
  private static final LoadPlan CLOSED =
      new LoadPlan(8, 0, Duration.ofSeconds(1), Duration.ofSeconds(2), 100, Duration.ofSeconds(5));

  @Test
  void shouldCountOnlyWhatHappensInsideTheWindow() {
    // given
    final LoadStats stats = new LoadStats(List.of("a"));

    // when: one of each before the window, two successes inside, one of each after
    stats.started("a");
    stats.succeeded("a", 1 * MS);
    stats.error("a", "FAILED x");
    stats.throttled("a");
    stats.startRecording(0);
    stats.started("a");
    stats.succeeded("a", 3 * MS);
    stats.succeeded("a", 5 * MS);
    stats.stopRecording(2_000 * MS);
    stats.succeeded("a", 7 * MS);
    stats.error("a", "FAILED y");
    stats.throttled("a");
    stats.skipped();

    // then
    final LoadStats.EndpointCounts a = stats.endpoints().get("a");
    assertThat(a.started()).isEqualTo(1);
    assertThat(a.succeeded()).isEqualTo(2);
    assertThat(a.errors()).isZero();
    assertThat(a.throttles()).isZero();
    assertThat(stats.skippedCount()).isZero();
    assertThat(stats.latencies().summary().max()).isEqualTo(5.0);
    assertThat(stats.windowNanos()).isEqualTo(2_000 * MS);
  }

  @Test
  void shouldComputeRatesOverTheWindowAndSumTheEndpoints() {
    // given: 2 s window, 60 + 40 successes, 20 transitions each
    final LoadStats stats = new LoadStats(List.of("a:1", "b:2"));
    stats.startRecording(5_000 * MS);
    for (int i = 0; i < 60; i++) {
      stats.succeeded("a:1", 10 * MS);
    }
    for (int i = 0; i < 40; i++) {
      stats.succeeded("b:2", 20 * MS);
    }
    stats.error("b:2", "FAILED States.TaskFailed");
    stats.error("b:2", "FAILED States.TaskFailed");
    stats.error("a:1", "StartExecution UNAVAILABLE");
    stats.throttled("a:1");
    stats.stopRecording(7_000 * MS);

    // when
    final LoadReport report = LoadReport.of(ARN, CLOSED, stats, 20, 0.5);

    // then
    assertThat(report.executions()).isEqualTo(100);
    assertThat(report.executionsPerSecond()).isEqualTo(50.0);
    assertThat(report.transitionsPerSecond()).isEqualTo(1_000.0);
    assertThat(report.errors()).isEqualTo(3);
    assertThat(report.throttles()).isEqualTo(1);
    assertThat(report.errorKinds())
        .containsEntry("FAILED States.TaskFailed", 2L)
        .containsEntry("StartExecution UNAVAILABLE", 1L);
    assertThat(report.latency().p50()).isEqualTo(10.0);
    assertThat(report.latency().p99()).isEqualTo(20.0);
    assertThat(report.endpoints())
        .containsExactly(
            new LoadReport.EndpointReport("a:1", 0, 60, 1, 1),
            new LoadReport.EndpointReport("b:2", 0, 40, 2, 0));
  }

  @Test
  void shouldWriteTheFiguresAsJson() {
    // given
    final LoadStats stats = new LoadStats(List.of("a"));
    stats.startRecording(0);
    stats.started("a");
    stats.succeeded("a", 4 * MS);
    stats.stopRecording(500 * MS);
    final LoadPlan open =
        new LoadPlan(0, 25, Duration.ZERO, Duration.ofMillis(500), 10, Duration.ofSeconds(5));

    // when
    final JsonNode json = LoadReport.of(ARN, open, stats, 5, 1.25).toJson();

    // then
    assertThat(json.get("mode").asText()).isEqualTo("rate");
    assertThat(json.get("rate").asDouble()).isEqualTo(25.0);
    assertThat(json.get("executionsPerSecond").asDouble()).isEqualTo(2.0);
    assertThat(json.get("transitionsPerSecond").asDouble()).isEqualTo(10.0);
    assertThat(json.get("latencyMillis").get("p99").asDouble()).isEqualTo(4.0);
    assertThat(json.get("endpoints").get(0).get("started").asLong()).isEqualTo(1);
    assertThat(json.get("loadAverage").asDouble()).isEqualTo(1.25);
  }

  @Test
  void shouldNameTheModeAndTheFiguresInText() {
    // given
    final LoadStats stats = new LoadStats(List.of("a"));
    stats.startRecording(0);
    stats.succeeded("a", 4 * MS);
    stats.stopRecording(1_000 * MS);

    // when
    final String text = LoadReport.of(ARN, CLOSED, stats, 5, 0).toText();

    // then
    assertThat(text)
        .contains("closed loop with 8 in flight")
        .contains("executions/s")
        .contains("(5 per execution)")
        .contains("p99 4.00")
        .contains("endpoint a");
  }
}
