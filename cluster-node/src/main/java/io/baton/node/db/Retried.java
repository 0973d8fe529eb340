package io.baton.node.db;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Repeats a database write that failed, with exponential back-off, for writes nothing else would
 * repeat while the node lives (a durable timer row: without it a parked execution sleeps until the
 * next recovery). The writes must be idempotent.
 */
public final class Retried {
  private Retried() {}

  /**
   * Runs {@code write} until it succeeds or {@code attempts} have failed; the delay between
   * attempts doubles from {@code first} up to {@code max}. The result fails with the last failure.
   */
  public static <T> CompletionStage<T> write(
      Supplier<CompletionStage<T>> write, int attempts, Duration first, Duration max) {
    final CompletableFuture<T> result = new CompletableFuture<>();
    attempt(write, 1, attempts, first, max, result);
    return result;
  }

  private static <T> void attempt(
      Supplier<CompletionStage<T>> write,
      int attempt,
      int attempts,
      Duration delay,
      Duration max,
      CompletableFuture<T> result) {
    CompletionStage<T> stage;
    try {
      stage = write.get();
    } catch (RuntimeException e) {
      stage = CompletableFuture.failedFuture(e);
    }
    stage.whenComplete(
        (value, failure) -> {
          if (failure == null) {
            result.complete(value);
          } else if (attempt >= attempts) {
            result.completeExceptionally(failure);
          } else {
            final Duration next =
                delay.multipliedBy(2).compareTo(max) > 0 ? max : delay.multipliedBy(2);
            CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS)
                .execute(() -> attempt(write, attempt + 1, attempts, next, max, result));
          }
        });
  }
}
