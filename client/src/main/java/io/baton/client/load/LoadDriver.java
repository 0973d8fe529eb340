package io.baton.client.load;

import io.baton.client.BatonClientException;
import io.grpc.Status;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one {@link LoadPlan} against targets, spreading starts over them in turn, and counts what
 * happened in {@link LoadStats}. Each execution is timed from sending its StartExecution until
 * AwaitExecution answers that it has ended, on the same target. Nothing blocks: every call is
 * asynchronous and the next step runs in the previous call's callback.
 */
public final class LoadDriver {
  /** After a throttle, a closed-loop slot tries again this soon; after another failure, later. */
  private static final long THROTTLE_RETRY_MILLIS = 10;

  private static final long ERROR_RETRY_MILLIS = 100;

  private final List<LoadTarget> targets;
  private final LoadPlan plan;
  private final LoadStats stats;
  private final ScheduledExecutorService scheduler =
      Executors.newScheduledThreadPool(
          1,
          r -> {
            final Thread t = new Thread(r, "baton-load");
            t.setDaemon(true);
            return t;
          });
  private final AtomicLong turn = new AtomicLong();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final CompletableFuture<Void> drained = new CompletableFuture<>();
  private volatile boolean stopping;
  private long begin;
  private long issued;

  public LoadDriver(List<LoadTarget> targets, LoadPlan plan) {
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("Expected at least one endpoint, but got none");
    }
    this.targets = List.copyOf(targets);
    this.plan = plan;
    this.stats = new LoadStats(targets.stream().map(LoadTarget::name).toList());
  }

  /**
   * Runs the warm-up and the measurement, then waits (at most the execution timeout) for the
   * executions still in flight, so the next run starts on a quiet node.
   */
  public LoadStats run() throws InterruptedException {
    begin = System.nanoTime();
    final long warmupNanos = plan.warmup().toNanos();
    final long stopNanos = warmupNanos + plan.duration().toNanos();
    if (warmupNanos == 0) {
      stats.startRecording(begin);
    } else {
      scheduler.schedule(
          () -> stats.startRecording(System.nanoTime()), warmupNanos, TimeUnit.NANOSECONDS);
    }
    final CompletableFuture<Void> stopped = new CompletableFuture<>();
    scheduler.schedule(
        () -> {
          stats.stopRecording(System.nanoTime());
          stopping = true;
          if (inFlight.get() == 0) {
            drained.complete(null);
          }
          stopped.complete(null);
        },
        stopNanos,
        TimeUnit.NANOSECONDS);
    ScheduledFuture<?> ticker = null;
    if (plan.openLoop()) {
      ticker = scheduler.scheduleAtFixedRate(this::tick, 0, 1, TimeUnit.MILLISECONDS);
    } else {
      for (int i = 0; i < plan.concurrency(); i++) {
        launch();
      }
    }
    try {
      stopped.get();
      if (ticker != null) {
        ticker.cancel(false);
      }
      drained.get(plan.executionTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("Expected the load run to finish, but it failed", e);
    } catch (TimeoutException e) {
      // Executions the node never ended: counted as errors already if they ended in the window.
    } finally {
      scheduler.shutdownNow();
    }
    return stats;
  }

  /** Executions started and not yet ended; non-zero after {@link #run} means some never ended. */
  public int inFlight() {
    return inFlight.get();
  }

  /** Open loop: sends the starts that are due by now at the planned rate. */
  private void tick() {
    if (stopping) {
      return;
    }
    final long due = (long) ((System.nanoTime() - begin) / 1e9 * plan.rate());
    while (issued < due) {
      issued++;
      if (inFlight.get() >= plan.maxInFlight()) {
        stats.skipped();
      } else {
        startOne(false);
      }
    }
  }

  /** Closed loop: one slot starts its next execution, unless the run is over. */
  private void launch() {
    if (!stopping) {
      startOne(true);
    }
  }

  private void startOne(boolean closed) {
    final LoadTarget target = targets.get((int) (turn.getAndIncrement() % targets.size()));
    final long sent = System.nanoTime();
    inFlight.incrementAndGet();
    target
        .start()
        .whenComplete(
            (arn, failure) -> {
              if (failure == null) {
                stats.started(target.name());
                await(target, arn, sent, closed);
                return;
              }
              final BatonClientException e = BatonClientException.from(failure);
              final boolean throttled = e.code() == Status.Code.RESOURCE_EXHAUSTED;
              if (throttled) {
                stats.throttled(target.name());
              } else {
                stats.error(target.name(), "StartExecution " + describe(e));
              }
              ended();
              if (closed) {
                scheduler.schedule(
                    this::launch,
                    throttled ? THROTTLE_RETRY_MILLIS : ERROR_RETRY_MILLIS,
                    TimeUnit.MILLISECONDS);
              }
            });
  }

  private void await(LoadTarget target, String arn, long sent, boolean closed) {
    target
        .await(arn)
        .whenComplete(
            (outcome, failure) -> {
              final long latency = System.nanoTime() - sent;
              if (failure == null
                  && outcome.running()
                  && latency < plan.executionTimeout().toNanos()) {
                await(target, arn, sent, closed);
                return;
              }
              if (failure != null) {
                stats.error(
                    target.name(),
                    "AwaitExecution " + describe(BatonClientException.from(failure)));
              } else if (outcome.succeeded()) {
                stats.succeeded(target.name(), latency);
              } else if (outcome.running()) {
                stats.error(target.name(), "still RUNNING after " + plan.executionTimeout());
              } else {
                stats.error(target.name(), outcome.status() + " " + outcome.error());
              }
              ended();
              if (closed) {
                launch();
              }
            });
  }

  private void ended() {
    if (inFlight.decrementAndGet() == 0 && stopping) {
      drained.complete(null);
    }
  }

  private static String describe(BatonClientException e) {
    return e.code() + e.awsError().map(a -> " " + a).orElse("");
  }
}
