package io.baton.engine.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The math intrinsics: States.MathRandom and States.MathAdd.
 *
 * <ul>
 *   <li>States.MathAdd rounds each argument half up (Java's {@code Math.round}), so {@code 1.5}
 *       counts as 2 and {@code -1.5} as -1, and returns an integer.
 *   <li>States.MathRandom truncates its bounds and returns an integer in {@code [start, end)};
 *       {@code start} must be below {@code end}. With a seed the result is reproducible, without
 *       one it comes from the execution's {@code IdSource}, never from a global generator.
 * </ul>
 */
final class MathFunctions {
  private MathFunctions() {}

  static JsonNode add(Invocation call) {
    call.requireCount(2);
    try {
      return Invocation.integer(Math.addExact(call.rounded(0), call.rounded(1)));
    } catch (ArithmeticException e) {
      throw call.invalid();
    }
  }

  static JsonNode random(Invocation call) {
    call.requireCount(2, 3);
    final long start = call.truncated(0);
    final long end = call.truncated(1);
    final boolean seeded = call.count() == 3;
    final long seed = seeded ? call.truncated(2) : 0;
    if (start >= end) {
      throw call.invalid();
    }
    final long bound;
    try {
      bound = Math.subtractExact(end, start);
    } catch (ArithmeticException e) {
      throw call.invalid();
    }
    final long offset = seeded ? seededOffset(seed, bound) : scaled(call.ids().nextDouble(), bound);
    return Invocation.integer(start + offset);
  }

  private static long seededOffset(long seed, long bound) {
    final SeededRandom random = new SeededRandom(seed);
    if (bound <= Integer.MAX_VALUE) {
      return random.nextInt((int) bound);
    }
    return scaled(random.nextDouble(), bound);
  }

  private static long scaled(double fraction, long bound) {
    return Math.min((long) Math.floor(fraction * bound), bound - 1);
  }
}
