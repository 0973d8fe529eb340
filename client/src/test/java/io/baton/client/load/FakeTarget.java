package io.baton.client.load;

import io.baton.client.BatonClientException;
import io.grpc.Status;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A node stand-in for driver tests: answers every call on another thread after {@code delayMillis},
 * as a network would, and remembers how many executions it had in flight at most.
 */
final class FakeTarget implements LoadTarget {
  private final String name;
  private final long delayMillis;
  private final IntFunction<String> outcomeOfNth;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final AtomicInteger starts = new AtomicInteger();
  private final InFlight inFlight;

  /** Executions in flight, counted over the targets that share it. */
  static final class InFlight {
    private final AtomicInteger now = new AtomicInteger();
    private final AtomicInteger max = new AtomicInteger();

    void up() {
      max.accumulateAndGet(now.incrementAndGet(), Math::max);
    }

    void down() {
      now.decrementAndGet();
    }

    int max() {
      return max.get();
    }
  }

  /**
   * {@code outcomeOfNth} names what the n-th start (from 0) ends as: SUCCEEDED, FAILED, or
   * THROTTLED for a start refused with RESOURCE_EXHAUSTED.
   */
  FakeTarget(String name, long delayMillis, IntFunction<String> outcomeOfNth) {
    this(name, delayMillis, outcomeOfNth, new InFlight());
  }

  FakeTarget(String name, long delayMillis, IntFunction<String> outcomeOfNth, InFlight inFlight) {
    this.inFlight = inFlight;
    this.name = name;
    this.delayMillis = delayMillis;
    this.outcomeOfNth = outcomeOfNth;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public CompletableFuture<String> start() {
    final int n = starts.getAndIncrement();
    final String outcome = outcomeOfNth.apply(n);
    if ("THROTTLED".equals(outcome)) {
      return later(
          () -> {
            throw new BatonClientException(
                Status.Code.RESOURCE_EXHAUSTED, Optional.of("ThrottlingException"), "busy", null);
          });
    }
    inFlight.up();
    return later(() -> n + ":" + outcome);
  }

  @Override
  public CompletableFuture<Outcome> await(String executionArn) {
    return later(
        () -> {
          inFlight.down();
          final String status = executionArn.substring(executionArn.indexOf(':') + 1);
          return new Outcome(status, "FAILED".equals(status) ? "Boom" : "");
        });
  }

  int starts() {
    return starts.get();
  }

  int maxInFlight() {
    return inFlight.max();
  }

  void close() {
    timer.shutdownNow();
  }

  private <T> CompletableFuture<T> later(java.util.function.Supplier<T> answer) {
    final CompletableFuture<T> result = new CompletableFuture<>();
    timer.schedule(
        () -> {
          try {
            result.complete(answer.get());
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
          }
        },
        delayMillis,
        TimeUnit.MILLISECONDS);
    return result;
  }
}
