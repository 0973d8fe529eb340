package io.baton.client.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunSeriesTest {
  private static final long MS = 1_000_000L;
  private static final LoadPlan PLAN =
      new LoadPlan(4, 0, Duration.ZERO, Duration.ofSeconds(1), 10, Duration.ofSeconds(5));

  /** A one-second run with {@code executions} successes, all of {@code latencyMs}. */
  private static LoadReport run(int executions, long latencyMs, int errors) {
    final LoadStats stats = new LoadStats(List.of("a"));
    stats.startRecording(0);
    for (int i = 0; i < executions; i++) {
      stats.succeeded("a", latencyMs * MS);
    }
    for (int i = 0; i < errors; i++) {
      stats.error("a", "FAILED x");
    }
    stats.stopRecording(1_000 * MS);
    return LoadReport.of("arn", PLAN, stats, 10, 0);
  }

  @Test
  void shouldTakeTheMiddleRunOfEachFigure() {
    // given: rates 100, 300, 200 and latencies 9, 3, 5 ms
    final RunSeries series = new RunSeries(List.of(run(100, 9, 0), run(300, 3, 1), run(200, 5, 2)));

    // then: each figure's own median
    assertThat(series.median(LoadReport::executionsPerSecond)).isEqualTo(200.0);
    assertThat(series.median(LoadReport::transitionsPerSecond)).isEqualTo(2_000.0);
    assertThat(series.median(r -> r.latency().p99())).isEqualTo(5.0);
    assertThat(series.errors()).isEqualTo(3);
  }

  @Test
  void shouldAverageTheTwoMiddleRunsOfAnEvenCount() {
    // given
    final RunSeries series =
        new RunSeries(List.of(run(100, 1, 0), run(400, 1, 0), run(200, 1, 0), run(300, 1, 0)));

    // then
    assertThat(series.median(LoadReport::executionsPerSecond)).isEqualTo(250.0);
  }

  @Test
  void shouldWriteEveryRunAndTheMediansAsJson() {
    // given
    final RunSeries series = new RunSeries(List.of(run(100, 9, 0), run(300, 3, 0), run(200, 5, 0)));

    // when
    final JsonNode json = series.toJson();

    // then
    assertThat(json.get("runs")).hasSize(3);
    assertThat(json.get("median").get("executionsPerSecond").asDouble()).isEqualTo(200.0);
    assertThat(json.get("median").get("latencyMillis").get("p50").asDouble()).isEqualTo(5.0);
    assertThat(series.toText()).contains("run 3 of 3").contains("median of 3 runs");
  }

  @Test
  void shouldRefuseAnEmptySeries() {
    assertThatThrownBy(() -> new RunSeries(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
