package io.baton.engine.data.intrinsic;

/**
 * The linear congruential generator specified for {@code java.util.Random}, re-implemented so a
 * seeded States.MathRandom gives the numbers AWS's Java runtime most likely gives.
 *
 * <ul>
 *   <li>Deterministic: the same seed always yields the same sequence, on every node and replay.
 *   <li>Used only with an explicit seed; unseeded calls draw from the execution's {@code IdSource}.
 * </ul>
 */
final class SeededRandom {
  private static final long MULTIPLIER = 0x5DEECE66DL;
  private static final long ADDEND = 0xBL;
  private static final long MASK = (1L << 48) - 1;

  private long state;

  SeededRandom(long seed) {
    this.state = (seed ^ MULTIPLIER) & MASK;
  }

  private int next(int bits) {
    state = (state * MULTIPLIER + ADDEND) & MASK;
    return (int) (state >>> (48 - bits));
  }

  /** A value in {@code [0, bound)}, drawn exactly as {@code Random.nextInt(bound)} draws it. */
  int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("Expected a positive bound, but got " + bound);
    }
    int r = next(31);
    final int m = bound - 1;
    if ((bound & m) == 0) {
      return (int) ((bound * (long) r) >> 31);
    }
    for (int u = r; u - (r = u % bound) + m < 0; u = next(31)) {
      // Rejects the values that would make the low results more likely.
    }
    return r;
  }

  /** A value in {@code [0, 1)}, drawn exactly as {@code Random.nextDouble()} draws it. */
  double nextDouble() {
    return (((long) next(26) << 27) + next(27)) * 0x1.0p-53;
  }
}
