package io.baton.engine;

/**
 * The only source of identifiers and randomness the engine may use. Runners pass a real one; tests
 * pass a seeded one, so every decision is reproducible.
 *
 * <ul>
 *   <li>Values it returns are written into events; {@code apply} never calls it.
 * </ul>
 */
public interface IdSource {
  /** A new random UUID in its canonical 36-character lower-case form. */
  String newUuid();

  /** A uniformly distributed double in [0, 1). */
  double nextDouble();
}
