package io.baton.engine.definition;

import java.util.List;
import java.util.Optional;

/** One Retry entry: which errors it matches and how it spaces its attempts. */
public record Retrier(
    List<String> errorEquals,
    double intervalSeconds,
    int maxAttempts,
    double backoffRate,
    Optional<Integer> maxDelaySeconds,
    JitterStrategy jitterStrategy) {
  public Retrier {
    errorEquals = List.copyOf(errorEquals);
  }

  /** Whether jitter randomizes the delay. */
  public enum JitterStrategy {
    FULL,
    NONE
  }
}
