package io.baton.client.load;

import java.time.Duration;

/**
 * How to drive the load.
 *
 * <ul>
 *   <li>Closed loop ({@code rate == 0}): {@code concurrency} executions are in flight at all times;
 *       each one that ends makes room for the next. This finds the maximum rate.
 *   <li>Open loop ({@code rate > 0}): starts are sent at {@code rate} per second whatever the node
 *       answers, for the latency at a given load; past {@code maxInFlight} a start is skipped and
 *       counted.
 *   <li>The first {@code warmup} is not measured; then {@code duration} is.
 *   <li>An execution still running after {@code executionTimeout} counts as an error.
 * </ul>
 */
public record LoadPlan(
    int concurrency,
    double rate,
    Duration warmup,
    Duration duration,
    int maxInFlight,
    Duration executionTimeout) {
  public LoadPlan {
    if (rate < 0 || (rate == 0 && concurrency < 1)) {
      throw new IllegalArgumentException(
          "Expected a concurrency of at least 1 or a positive rate, but got concurrency "
              + concurrency
              + " and rate "
              + rate);
    }
    if (warmup.isNegative() || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(
          "Expected a positive duration and a warm-up of 0 or more, but got "
              + duration
              + " and "
              + warmup);
    }
    if (maxInFlight < 1) {
      throw new IllegalArgumentException(
          "Expected at least 1 execution in flight, but got " + maxInFlight);
    }
  }

  /** The same plan with no warm-up, for a run that follows another. */
  public LoadPlan withoutWarmup() {
    return new LoadPlan(concurrency, rate, Duration.ZERO, duration, maxInFlight, executionTimeout);
  }

  public boolean openLoop() {
    return rate > 0;
  }
}
