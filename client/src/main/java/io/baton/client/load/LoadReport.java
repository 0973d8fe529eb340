package io.baton.client.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one load run, computed from its {@link LoadStats}: executions and state
 * transitions per second over the measurement window, start-to-finish latency percentiles, and
 * errors and throttles, in total and per endpoint.
 *
 * <p>State transitions are counted the way Step Functions bills them: one per state entered. Every
 * execution of a run follows the same path (same definition, same input), so the count of one
 * execution's history times the executions is the total.
 */
public record LoadReport(
    String stateMachineArn,
    LoadPlan plan,
    double windowSeconds,
    long executions,
    int transitionsPerExecution,
    Latencies.Summary latency,
    long errors,
    long throttles,
    long skipped,
    Map<String, Long> errorKinds,
    List<EndpointReport> endpoints,
    double loadAverage) {

  /** One endpoint's share. */
  public record EndpointReport(
      String endpoint, long started, long succeeded, long errors, long throttles) {}

  public static LoadReport of(
      String stateMachineArn,
      LoadPlan plan,
      LoadStats stats,
      int transitionsPerExecution,
      double loadAverage) {
    final List<EndpointReport> endpoints = new ArrayList<>();
    long executions = 0;
    long errors = 0;
    long throttles = 0;
    for (Map.Entry<String, LoadStats.EndpointCounts> e : stats.endpoints().entrySet()) {
      final LoadStats.EndpointCounts c = e.getValue();
      endpoints.add(
          new EndpointReport(e.getKey(), c.started(), c.succeeded(), c.errors(), c.throttles()));
      executions += c.succeeded();
      errors += c.errors();
      throttles += c.throttles();
    }
    return new LoadReport(
        stateMachineArn,
        plan,
        stats.windowNanos() / 1e9,
        executions,
        transitionsPerExecution,
        stats.latencies().summary(),
        errors,
        throttles,
        stats.skippedCount(),
        stats.errorKinds(),
        endpoints,
        loadAverage);
  }

  /** Executions that succeeded, per second of the window. */
  public double executionsPerSecond() {
    return windowSeconds <= 0 ? 0 : executions / windowSeconds;
  }

  public double transitionsPerSecond() {
    return executionsPerSecond() * transitionsPerExecution;
  }

  public ObjectNode toJson() {
    final ObjectNode out = Json.object();
    out.put("stateMachineArn", stateMachineArn);
    out.put("mode", plan.openLoop() ? "rate" : "concurrency");
    if (plan.openLoop()) {
      out.put("rate", plan.rate());
    } else {
      out.put("concurrency", plan.concurrency());
    }
    out.put("warmupSeconds", plan.warmup().toMillis() / 1000.0);
    out.put("durationSeconds", round(windowSeconds, 3));
    out.put("executions", executions);
    out.put("executionsPerSecond", round(executionsPerSecond(), 1));
    out.put("transitionsPerExecution", transitionsPerExecution);
    out.put("transitionsPerSecond", round(transitionsPerSecond(), 1));
    final ObjectNode ms = out.putObject("latencyMillis");
    ms.put("p50", round(latency.p50(), 2));
    ms.put("p90", round(latency.p90(), 2));
    ms.put("p99", round(latency.p99(), 2));
    ms.put("max", round(latency.max(), 2));
    ms.put("mean", round(latency.mean(), 2));
    out.put("errors", errors);
    out.put("throttles", throttles);
    out.put("skipped", skipped);
    final ObjectNode kinds = out.putObject("errorKinds");
    errorKinds.forEach(kinds::put);
    final var list = out.putArray("endpoints");
    for (EndpointReport e : endpoints) {
      final ObjectNode node = list.addObject();
      node.put("endpoint", e.endpoint());
      node.put("started", e.started());
      node.put("succeeded", e.succeeded());
      node.put("errors", e.errors());
      node.put("throttles", e.throttles());
    }
    out.put("loadAverage", round(loadAverage, 2));
    return out;
  }

  public String toText() {
    final StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%s, %s, %.1f s measured after %.1f s warm-up%n",
            stateMachineArn,
            plan.openLoop()
                ? String.format(Locale.ROOT, "open loop at %.1f starts/s", plan.rate())
                : "closed loop with " + plan.concurrency() + " in flight",
            windowSeconds,
            plan.warmup().toMillis() / 1000.0));
    out.append(
        String.format(
            Locale.ROOT,
            "executions/s   %,12.1f   (%,d succeeded)%n"
                + "transitions/s  %,12.1f   (%d per execution)%n"
                + "latency ms     p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n"
                + "errors %d  throttles %d  skipped %d  load average %.2f%n",
            executionsPerSecond(),
            executions,
            transitionsPerSecond(),
            transitionsPerExecution,
            latency.p50(),
            latency.p90(),
            latency.p99(),
            latency.max(),
            errors,
            throttles,
            skipped,
            loadAverage));
    errorKinds.forEach(
        (kind, count) -> out.append(String.format(Locale.ROOT, "  %,8d  %s%n", count, kind)));
    for (EndpointReport e : endpoints) {
      out.append(
          String.format(
              Locale.ROOT,
              "endpoint %-21s started %,d  succeeded %,d  errors %,d  throttles %,d%n",
              e.endpoint(),
              e.started(),
              e.succeeded(),
              e.errors(),
              e.throttles()));
    }
    return out.toString();
  }

  private static double round(double value, int places) {
    final double scale = Math.pow(10, places);
    return Math.round(value * scale) / scale;
  }
}
