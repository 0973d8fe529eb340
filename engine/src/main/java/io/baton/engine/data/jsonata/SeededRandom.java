package io.baton.engine.data.jsonata;

/**
 * The first {@code nextDouble()} of a {@code java.util.Random} created with a seed, computed
 * without that class so the engine never holds a random number generator.
 *
 * <ul>
 *   <li>AWS's seeded {@code $random(seed)} is exactly this value: seed 42 gives {@code
 *       0.7275636800328681}.
 *   <li>Pure: the same seed always gives the same number.
 * </ul>
 */
final class SeededRandom {
  private static final long MULTIPLIER = 0x5DEECE66DL;
  private static final long ADDEND = 0xBL;
  private static final long MASK = (1L << 48) - 1;
  private static final double DOUBLE_UNIT = 0x1.0p-53;

  private SeededRandom() {}

  /** The documented linear congruential generator of {@code java.util.Random}, two draws. */
  static double firstDouble(long seed) {
    long state = (seed ^ MULTIPLIER) & MASK;
    state = (state * MULTIPLIER + ADDEND) & MASK;
    final long high = state >>> (48 - 26);
    state = (state * MULTIPLIER + ADDEND) & MASK;
    final long low = state >>> (48 - 27);
    return ((high << 27) + low) * DOUBLE_UNIT;
  }
}
