package io.baton.client.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.json.Json;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Several measurements of the same load, one after the other, and their medians: each figure is the
 * median of that figure over the runs (so the median p99 may come from another run than the median
 * rate). Errors and throttles are summed, since any is worth seeing.
 */
public record RunSeries(List<LoadReport> runs) {
  public RunSeries {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("Expected at least one run, but got none");
    }
    runs = List.copyOf(runs);
  }

  public double median(ToDoubleFunction<LoadReport> figure) {
    final double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
    final int mid = values.length / 2;
    return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
  }

  public long errors() {
    return runs.stream().mapToLong(LoadReport::errors).sum();
  }

  public long throttles() {
    return runs.stream().mapToLong(LoadReport::throttles).sum();
  }

  public ObjectNode toJson() {
    final ObjectNode out = Json.object();
    final var list = out.putArray("runs");
    runs.forEach(r -> list.add(r.toJson()));
    final ObjectNode median = out.putObject("median");
    median.put("executionsPerSecond", round(median(LoadReport::executionsPerSecond)));
    median.put("transitionsPerSecond", round(median(LoadReport::transitionsPerSecond)));
    final ObjectNode ms = median.putObject("latencyMillis");
    ms.put("p50", round(median(r -> r.latency().p50())));
    ms.put("p90", round(median(r -> r.latency().p90())));
    ms.put("p99", round(median(r -> r.latency().p99())));
    ms.put("max", round(median(r -> r.latency().max())));
    median.put("errors", errors());
    median.put("throttles", throttles());
    return out;
  }

  public String toText() {
    final StringBuilder out = new StringBuilder();
    for (int i = 0; i < runs.size(); i++) {
      out.append(String.format(Locale.ROOT, "run %d of %d: ", i + 1, runs.size()));
      out.append(runs.get(i).toText());
    }
    out.append(
        String.format(
            Locale.ROOT,
            "median of %d runs: executions/s %,.1f  transitions/s %,.1f  latency ms p50 %.2f"
                + "  p90 %.2f  p99 %.2f  max %.2f  (errors %d, throttles %d in all)%n",
            runs.size(),
            median(LoadReport::executionsPerSecond),
            median(LoadReport::transitionsPerSecond),
            median(r -> r.latency().p50()),
            median(r -> r.latency().p90()),
            median(r -> r.latency().p99()),
            median(r -> r.latency().max()),
            errors(),
            throttles()));
    return out.toString();
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
