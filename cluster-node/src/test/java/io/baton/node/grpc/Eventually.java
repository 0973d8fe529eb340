package io.baton.node.grpc;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits, bounded in time, for a condition that another thread makes true. */
final class Eventually {
  private Eventually() {}

  static void until(Duration atMost, String what, BooleanSupplier condition) {
    final Instant until = Instant.now().plus(atMost);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("Expected " + what + " within " + atMost);
      }
      Thread.onSpinWait();
    }
  }
}
