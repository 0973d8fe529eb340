package io.baton.engine.execution;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;

/**
 * One event of an execution's history: the journal entry and the Step Functions history event.
 *
 * <ul>
 *   <li>{@code type} is AWS's history event type ({@code PassStateEntered}, {@code TaskSucceeded},
 *       …) or one of the engine's {@link EventTypes#HIDDEN hidden} bookkeeping types.
 *   <li>{@code id}/{@code previousEventId} are AWS's; hidden events have id 0.
 *   <li>{@code frame} names the sub-machine the event belongs to ("" for the top level, "3/0" for
 *       branch 0 inside branch or iteration 3 of the top level).
 *   <li>{@code details} is AWS's event-details object; {@code internal} holds what {@code apply}
 *       needs beyond it. Both are never mutated after creation.
 * </ul>
 */
public record HistoryEvent(
    long id,
    long previousEventId,
    Instant timestamp,
    String type,
    String frame,
    ObjectNode details,
    ObjectNode internal) {
  public HistoryEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(internal, "internal");
  }

  /** Whether the event is part of the Step Functions history (not engine bookkeeping). */
  public boolean visible() {
    return id > 0;
  }
}
