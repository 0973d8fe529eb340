package io.baton.client.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one load run counted, from many threads at once. Only what happens inside the measurement
 * window counts: the warm-up before it and the drain after it are left out, so an execution is
 * counted by when it ends (or when its start is refused), whenever it started.
 */
public final class LoadStats {
  /** The counts of one endpoint. */
  public static final class EndpointCounts {
    final LongAdder started = new LongAdder();
    final LongAdder succeeded = new LongAdder();
    final LongAdder errors = new LongAdder();
    final LongAdder throttles = new LongAdder();

    public long started() {
      return started.sum();
    }

    public long succeeded() {
      return succeeded.sum();
    }

    public long errors() {
      return errors.sum();
    }

    public long throttles() {
      return throttles.sum();
    }
  }

  private final Map<String, EndpointCounts> endpoints = new LinkedHashMap<>();
  private final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
  private final LongAdder skipped = new LongAdder();
  private final Latencies latencies = new Latencies();
  private volatile boolean recording;
  private volatile long windowStart;
  private volatile long windowEnd;

  public LoadStats(List<String> endpointNames) {
    for (String name : endpointNames) {
      endpoints.put(name, new EndpointCounts());
    }
  }

  /** Opens the measurement window at {@code nanos} (System.nanoTime). */
  public void startRecording(long nanos) {
    windowStart = nanos;
    recording = true;
  }

  public void stopRecording(long nanos) {
    recording = false;
    windowEnd = nanos;
  }

  public boolean recording() {
    return recording;
  }

  /** The window's length in nanoseconds, once it has closed. */
  public long windowNanos() {
    return windowEnd - windowStart;
  }

  public void started(String endpoint) {
    if (recording) {
      endpoints.get(endpoint).started.increment();
    }
  }

  public void succeeded(String endpoint, long latencyNanos) {
    if (recording) {
      endpoints.get(endpoint).succeeded.increment();
      latencies.add(latencyNanos);
    }
  }

  /** A refused or failed call, or an execution that ended without succeeding. */
  public void error(String endpoint, String kind) {
    if (recording) {
      endpoints.get(endpoint).errors.increment();
      errorKinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }
  }

  /** A start the node refused with RESOURCE_EXHAUSTED (ThrottlingException). */
  public void throttled(String endpoint) {
    if (recording) {
      endpoints.get(endpoint).throttles.increment();
    }
  }

  /** An open-loop start not sent because too many executions were in flight already. */
  public void skipped() {
    if (recording) {
      skipped.increment();
    }
  }

  public Map<String, EndpointCounts> endpoints() {
    return endpoints;
  }

  public Map<String, Long> errorKinds() {
    final Map<String, Long> out = new LinkedHashMap<>();
    errorKinds.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  public long skippedCount() {
    return skipped.sum();
  }

  public Latencies latencies() {
    return latencies;
  }
}
