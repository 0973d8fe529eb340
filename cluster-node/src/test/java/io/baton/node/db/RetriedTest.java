package io.baton.node.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetriedTest {
  @Test
  void shouldRepeatAFailedWriteUntilItSucceeds() throws Exception {
    // given: a write that fails twice
    final AtomicInteger calls = new AtomicInteger();
    // when
    final String result =
        Retried.write(
                () ->
                    calls.incrementAndGet() <= 2
                        ? CompletableFuture.failedFuture(new IllegalStateException("down"))
                        : CompletableFuture.completedFuture("written"),
                5,
                Duration.ofMillis(1),
                Duration.ofMillis(4))
            .toCompletableFuture()
            .get(5, TimeUnit.SECONDS);
    // then
    assertThat(result).isEqualTo("written");
    assertThat(calls).hasValue(3);
  }

  @Test
  void shouldGiveUpWithTheLastFailureAfterTheLastAttempt() {
    // given: a write that always fails, also by throwing instead of failing its stage
    final AtomicInteger calls = new AtomicInteger();
    // when
    final var result =
        Retried.<String>write(
                () -> {
                  if (calls.incrementAndGet() % 2 == 0) {
                    throw new IllegalStateException("thrown " + calls.get());
                  }
                  return CompletableFuture.failedFuture(
                      new IllegalStateException("failed " + calls.get()));
                },
                4,
                Duration.ofMillis(1),
                Duration.ofMillis(2))
            .toCompletableFuture();
    // then
    assertThatThrownBy(() -> result.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasRootCauseMessage("thrown 4");
    assertThat(calls).hasValue(4);
  }
}
