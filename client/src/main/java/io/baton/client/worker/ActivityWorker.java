package io.baton.client.worker;

import io.baton.client.BatonClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Polls one or more activities and runs their handlers.
 *
 * <ul>
 *   <li>Each activity gets {@code pollers} threads, each of which long-polls GetActivityTask and
 *       runs the handler itself: at most {@code pollers} tasks of an activity run at once.
 *   <li>While a handler runs, the worker sends SendTaskHeartbeat every {@code heartbeatInterval};
 *       keep it below the state's HeartbeatSeconds.
 *   <li>The handler's result goes back with SendTaskSuccess, its exception with SendTaskFailure.
 *   <li>{@link #stop(Duration)} stops polling at once and lets running handlers finish within the
 *       grace time; after it they are interrupted and their tasks marked cancelled.
 *   <li>Poll errors (server down, throttling) back off up to {@code maxBackoff} and poll again.
 * </ul>
 */
public final class ActivityWorker implements AutoCloseable {
  private final List<Poller> pollers = new ArrayList<>();
  private final ExecutorService pollerThreads;
  private final ScheduledExecutorService heartbeats;
  private boolean started;

  private ActivityWorker(Builder b) {
    final int threads = b.handlers.size() * b.pollers;
    this.pollerThreads =
        Executors.newFixedThreadPool(Math.max(1, threads), named("baton-worker-poller"));
    this.heartbeats = Executors.newSingleThreadScheduledExecutor(named("baton-worker-heartbeat"));
    final Poller.Settings settings =
        new Poller.Settings(b.client, b.workerName, b.heartbeatInterval, b.maxBackoff, heartbeats);
    b.handlers.forEach(
        (arn, handler) -> {
          for (int i = 0; i < b.pollers; i++) {
            pollers.add(new Poller(arn, handler, settings));
          }
        });
  }

  public static Builder builder(BatonClient client) {
    return new Builder(client);
  }

  /** Starts polling; a worker starts once. */
  public synchronized ActivityWorker start() {
    if (started) {
      throw new IllegalStateException(
          "Expected to start the activity worker once, but it was started before");
    }
    started = true;
    pollers.forEach(pollerThreads::execute);
    return this;
  }

  /** How many tasks are being handled right now. */
  public int runningTasks() {
    return (int) pollers.stream().filter(Poller::isHandling).count();
  }

  /**
   * Stops polling, waits up to {@code grace} for running handlers, then interrupts them. Answers
   * whether every handler finished within the grace time.
   */
  public boolean stop(Duration grace) {
    pollers.forEach(Poller::stop);
    pollerThreads.shutdown();
    boolean finished;
    try {
      finished = pollerThreads.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      finished = false;
    }
    if (!finished) {
      pollers.forEach(Poller::cancelTask);
      pollerThreads.shutdownNow();
    }
    heartbeats.shutdownNow();
    return finished;
  }

  @Override
  public void close() {
    stop(Duration.ofSeconds(30));
  }

  private static ThreadFactory named(String prefix) {
    final AtomicInteger count = new AtomicInteger();
    return r -> {
      final Thread t = new Thread(r, prefix + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Configures an {@link ActivityWorker}. */
  public static final class Builder {
    private final BatonClient client;
    private final Map<String, ActivityHandler> handlers = new LinkedHashMap<>();
    private int pollers = 1;
    private String workerName = "baton-worker";
    private Duration heartbeatInterval = Duration.ofSeconds(10);
    private Duration maxBackoff = Duration.ofSeconds(10);

    private Builder(BatonClient client) {
      this.client = Objects.requireNonNull(client, "client");
    }

    /** Handles tasks of the activity with this ARN. */
    public Builder activity(String activityArn, ActivityHandler handler) {
      handlers.put(Objects.requireNonNull(activityArn), Objects.requireNonNull(handler));
      return this;
    }

    /** Concurrent pollers (and so concurrent tasks) per activity; 1 by default. */
    public Builder pollers(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("pollers must be at least 1, was " + count);
      }
      this.pollers = count;
      return this;
    }

    /** The name recorded in each ActivityStarted event. */
    public Builder workerName(String name) {
      this.workerName = Objects.requireNonNull(name);
      return this;
    }

    public Builder heartbeatInterval(Duration interval) {
      if (interval.isZero() || interval.isNegative()) {
        throw new IllegalArgumentException("heartbeatInterval must be positive, was " + interval);
      }
      this.heartbeatInterval = interval;
      return this;
    }

    /** The longest pause between polls after errors. */
    public Builder maxBackoff(Duration backoff) {
      this.maxBackoff = Objects.requireNonNull(backoff);
      return this;
    }

    public ActivityWorker build() {
      if (handlers.isEmpty()) {
        throw new IllegalStateException(
            "Expected at least one activity to poll, but none was given");
      }
      return new ActivityWorker(this);
    }
  }
}
