package io.baton.engine.testkit;

import io.baton.engine.IdSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A reproducible {@link IdSource}: the same seed gives the same UUIDs and doubles, in order.
 *
 * <ul>
 *   <li>UUIDs are version-4 shaped and drawn from a seeded generator.
 *   <li>Doubles come first from the values a test {@linkplain #thenDoubles scripted}, then from the
 *       seeded generator, always in [0, 1).
 *   <li>Remembers what it handed out, so tests can assert on it.
 * </ul>
 */
public final class SeededIds implements IdSource {
  private final long seed;
  private final SplittableRandom random;
  private final Deque<Double> scripted = new ArrayDeque<>();
  private final List<Double> everScripted = new ArrayList<>();
  private final StringBuilder draws = new StringBuilder();
  private final List<String> uuids = new ArrayList<>();
  private final List<Double> doubles = new ArrayList<>();

  public SeededIds(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  public static SeededIds of(long seed) {
    return new SeededIds(seed);
  }

  /** Queues doubles to hand out before any seeded ones (for jitter tests). */
  public SeededIds thenDoubles(double... values) {
    for (double v : values) {
      if (v < 0 || v >= 1) {
        throw new IllegalArgumentException("Expected a double in [0, 1), but got " + v);
      }
      scripted.add(v);
      everScripted.add(v);
    }
    return this;
  }

  @Override
  public String newUuid() {
    final long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
    final long lsb = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
    final String uuid = new UUID(msb, lsb).toString();
    draws.append('u');
    uuids.add(uuid);
    return uuid;
  }

  @Override
  public double nextDouble() {
    final double value = scripted.isEmpty() ? random.nextDouble() : scripted.poll();
    draws.append('d');
    doubles.add(value);
    return value;
  }

  /** An independent source that will hand out exactly what this one hands out next. */
  public SeededIds copy() {
    final SeededIds copy = new SeededIds(seed);
    everScripted.forEach(copy::thenDoubles);
    for (int i = 0; i < draws.length(); i++) {
      if (draws.charAt(i) == 'u') {
        copy.newUuid();
      } else {
        copy.nextDouble();
      }
    }
    return copy;
  }

  /** The UUIDs handed out so far, in order. */
  public List<String> issuedUuids() {
    return List.copyOf(uuids);
  }

  /** The doubles handed out so far, in order. */
  public List<Double> issuedDoubles() {
    return List.copyOf(doubles);
  }

  public long seed() {
    return seed;
  }
}
