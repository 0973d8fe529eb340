package io.baton.engine.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock that moves only when a test moves it.
 *
 * <ul>
 *   <li>Starts at {@link #DEFAULT_START} unless told otherwise; never reads the system clock.
 *   <li>Never goes backwards: {@link #set} and {@link #advance} reject a move into the past.
 *   <li>Is a {@link Clock}, so code that takes a clock (actors, runners) can use it too.
 * </ul>
 */
public final class FakeClock extends Clock {
  /** A fixed, readable start time: 2024-01-01T00:00:00Z. */
  public static final Instant DEFAULT_START = Instant.parse("2024-01-01T00:00:00Z");

  private Instant now;

  public FakeClock() {
    this(DEFAULT_START);
  }

  public FakeClock(Instant start) {
    this.now = Objects.requireNonNull(start, "start");
  }

  @Override
  public Instant instant() {
    return now;
  }

  /** The current fake time (the same as {@link #instant()}). */
  public Instant now() {
    return now;
  }

  /** Moves time forward by {@code duration} and returns the new time. */
  public Instant advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("Expected a non-negative duration, but got " + duration);
    }
    now = now.plus(duration);
    return now;
  }

  /** Moves time forward to {@code instant}; staying put is allowed, going back is not. */
  public Instant set(Instant instant) {
    if (instant.isBefore(now)) {
      throw new IllegalArgumentException(
          "Expected to move the clock forward from " + now + ", but was asked for " + instant);
    }
    now = instant;
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("A FakeClock is always UTC");
  }
}
