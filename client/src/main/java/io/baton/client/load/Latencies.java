package io.baton.client.load;

import java.util.Arrays;

/**
 * Start-to-finish latencies of one measurement, in nanoseconds. Every sample is kept (a run of a
 * few minutes at a few thousand executions per second is a few MB), so percentiles are exact rather
 * than estimated from buckets.
 */
public final class Latencies {
  private long[] samples = new long[4096];
  private int size;

  public synchronized void add(long nanos) {
    if (size == samples.length) {
      samples = Arrays.copyOf(samples, size * 2);
    }
    samples[size++] = nanos;
  }

  public synchronized int count() {
    return size;
  }

  /** Percentiles in milliseconds; all zero when there is no sample. */
  public Summary summary() {
    final long[] sorted;
    synchronized (this) {
      sorted = Arrays.copyOf(samples, size);
    }
    Arrays.sort(sorted);
    if (sorted.length == 0) {
      return new Summary(0, 0, 0, 0, 0, 0, 0);
    }
    long total = 0;
    for (long s : sorted) {
      total += s;
    }
    return new Summary(
        sorted.length,
        millis(percentile(sorted, 50)),
        millis(percentile(sorted, 90)),
        millis(percentile(sorted, 99)),
        millis(sorted[sorted.length - 1]),
        millis(sorted[0]),
        millis(total / (double) sorted.length));
  }

  /**
   * The nearest-rank percentile: the smallest sample that at least {@code p} percent of the samples
   * do not exceed. {@code sorted} is ascending and not empty.
   */
  static long percentile(long[] sorted, double p) {
    if (p <= 0) {
      return sorted[0];
    }
    final int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.min(rank, sorted.length) - 1];
  }

  private static double millis(double nanos) {
    return nanos / 1_000_000.0;
  }

  /** Latency figures in milliseconds. */
  public record Summary(
      long count, double p50, double p90, double p99, double max, double min, double mean) {}
}
