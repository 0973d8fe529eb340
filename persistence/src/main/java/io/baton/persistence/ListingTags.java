package io.baton.persistence;

import io.baton.engine.execution.EventTypes;
import io.baton.engine.execution.ExecutionStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which journal events feed the execution listing, and under which tag the journal stores them.
 *
 * <ul>
 *   <li>Only {@code ExecutionCreated} (the row: names, state machine, start date) and the four
 *       terminal history events (status and stop date) are tagged, so the tag table gets two rows
 *       per execution rather than one per event.
 *   <li>The tag is one of {@code slices} tags, chosen by a stable hash of the execution ARN: all of
 *       one execution's listed events are in one slice, in journal order, and one projection
 *       instance per slice keeps the listing.
 *   <li>The slice count must stay the same for the life of a database: events already written keep
 *       the tag they were written with.
 * </ul>
 */
public final class ListingTags {
  /** Tags are {@code executions-0} … {@code executions-<slices-1>}. */
  public static final String PREFIX = "executions-";

  private static final Map<String, ExecutionStatus> TERMINAL =
      Map.of(
          EventTypes.EXECUTION_SUCCEEDED, ExecutionStatus.SUCCEEDED,
          EventTypes.EXECUTION_FAILED, ExecutionStatus.FAILED,
          EventTypes.EXECUTION_TIMED_OUT, ExecutionStatus.TIMED_OUT,
          EventTypes.EXECUTION_ABORTED, ExecutionStatus.ABORTED);

  private final int slices;

  public ListingTags(int slices) {
    if (slices < 1) {
      throw new IllegalArgumentException(
          "Expected at least one listing slice, but the configuration says " + slices);
    }
    this.slices = slices;
  }

  public int slices() {
    return slices;
  }

  /** The slice of an execution: {@link String#hashCode} is fixed by the language, so stable. */
  public int sliceOf(String executionArn) {
    return Math.floorMod(executionArn.hashCode(), slices);
  }

  public String tag(int slice) {
    return PREFIX + slice;
  }

  /** Every tag, in slice order. */
  public List<String> all() {
    final List<String> out = new ArrayList<>(slices);
    for (int i = 0; i < slices; i++) {
      out.add(tag(i));
    }
    return out;
  }

  /** The journal tags of one event of the execution {@code executionArn}. */
  public Set<String> tagsFor(String executionArn, JournalEvent event) {
    return listed(event) ? Set.of(tag(sliceOf(executionArn))) : Set.of();
  }

  /** Whether the listing needs this event. */
  public static boolean listed(JournalEvent event) {
    return event instanceof JournalEvent.ExecutionCreated || terminalStatus(event).isPresent();
  }

  /** The status an execution ends with, when the event is its end. */
  public static Optional<ExecutionStatus> terminalStatus(JournalEvent event) {
    return terminalEvent(event).map(e -> TERMINAL.get(e.type()));
  }

  /**
   * The history event that ends the execution, when this journal row holds it: a row of 0.1.0 holds
   * one history event, a {@link JournalEvent.DecisionRecorded} row a decision's events, of which
   * only the last can be the end.
   */
  public static Optional<io.baton.engine.execution.HistoryEvent> terminalEvent(JournalEvent event) {
    final io.baton.engine.execution.HistoryEvent last;
    if (event instanceof JournalEvent.HistoryRecorded recorded) {
      last = recorded.event();
    } else if (event instanceof JournalEvent.DecisionRecorded decision
        && !decision.events().isEmpty()) {
      last = decision.events().get(decision.events().size() - 1);
    } else {
      return Optional.empty();
    }
    return TERMINAL.containsKey(last.type()) ? Optional.of(last) : Optional.empty();
  }
}
