package io.baton.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link BatonClient} connects and calls.
 *
 * <ul>
 *   <li>{@code endpoint} is {@code host:port} (plaintext; put TLS in front with a proxy for now).
 *   <li>{@code deadline} bounds each call except long polls, syncs and watches.
 *   <li>{@code pollDeadline} bounds GetActivityTask; it must exceed the server's 60 s wait.
 *   <li>{@code maxAttempts} counts the first try; only idempotent calls are retried, on {@code
 *       UNAVAILABLE} and {@code RESOURCE_EXHAUSTED}, with exponential back-off from {@code
 *       initialBackoff}.
 * </ul>
 */
public record ClientOptions(
    String endpoint,
    Duration deadline,
    Duration pollDeadline,
    int maxAttempts,
    Duration initialBackoff,
    int maxInboundMessageBytes) {
  public static final String DEFAULT_ENDPOINT = "localhost:50051";

  public ClientOptions {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(pollDeadline, "pollDeadline");
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
  }

  public static ClientOptions defaults() {
    return new ClientOptions(
        DEFAULT_ENDPOINT,
        Duration.ofSeconds(30),
        Duration.ofSeconds(70),
        4,
        Duration.ofMillis(200),
        64 * 1024 * 1024);
  }

  public ClientOptions withEndpoint(String value) {
    return new ClientOptions(
        value, deadline, pollDeadline, maxAttempts, initialBackoff, maxInboundMessageBytes);
  }

  public ClientOptions withDeadline(Duration value) {
    return new ClientOptions(
        endpoint, value, pollDeadline, maxAttempts, initialBackoff, maxInboundMessageBytes);
  }

  public ClientOptions withPollDeadline(Duration value) {
    return new ClientOptions(
        endpoint, deadline, value, maxAttempts, initialBackoff, maxInboundMessageBytes);
  }

  public ClientOptions withRetries(int attempts, Duration backoff) {
    return new ClientOptions(
        endpoint, deadline, pollDeadline, attempts, backoff, maxInboundMessageBytes);
  }

  public ClientOptions withMaxInboundMessageBytes(int value) {
    return new ClientOptions(endpoint, deadline, pollDeadline, maxAttempts, initialBackoff, value);
  }
}
