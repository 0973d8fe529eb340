package io.baton.client.cli;

import io.baton.engine.IdSource;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Real randomness for real runs (the engine itself never makes ids). */
public final class RandomIds implements IdSource {
  @Override
  public String newUuid() {
    return UUID.randomUUID().toString();
  }

  @Override
  public double nextDouble() {
    return ThreadLocalRandom.current().nextDouble();
  }
}
