package io.baton.engine.testkit;

import io.baton.engine.interpreter.Effect;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The timers of one harness: started, and not yet cancelled or fired. */
final class TimerBook {
  private final Map<String, Instant> pending = new LinkedHashMap<>();

  void record(Effect effect) {
    if (effect instanceof Effect.StartTimer start) {
      Invariants.check(
          !pending.containsKey(start.timerId()),
          "Expected a new timer id, but " + start.timerId() + " is already pending");
      pending.put(start.timerId(), start.fireAt());
    } else if (effect instanceof Effect.CancelTimer cancel) {
      pending.remove(cancel.timerId());
    }
  }

  void fired(String timerId) {
    pending.remove(timerId);
  }

  /** The pending timer due first (the earliest started wins a tie). */
  Optional<Map.Entry<String, Instant>> next() {
    return pending.entrySet().stream().min(Comparator.comparing(Map.Entry::getValue));
  }

  Map<String, Instant> pending() {
    return Map.copyOf(pending);
  }
}
