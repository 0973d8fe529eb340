package io.baton.engine.runner;

import java.time.Duration;

/**
 * Lets real time pass between timers when a run is not purely virtual. The engine never sleeps
 * on its own; the CLI passes a sleeper, tests pass none.
 */
@FunctionalInterface
public interface Sleeper {
  Sleeper NONE = duration -> {};

  void sleep(Duration duration) throws InterruptedException;
}
