package io.baton.engine.interpreter;

import io.baton.engine.execution.HistoryEvent;
import java.util.List;

/**
 * The outcome of one {@link Interpreter#decide}: events to persist, in order, then effects to run.
 * An empty decision means the signal was stale (a late task result, a cancelled timer).
 */
public record Decision(List<HistoryEvent> events, List<Effect> effects) {
  public Decision {
    events = List.copyOf(events);
    effects = List.copyOf(effects);
  }

  public boolean isEmpty() {
    return events.isEmpty() && effects.isEmpty();
  }
}
