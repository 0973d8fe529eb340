package io.baton.node.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.execution.EventTypes;
import io.baton.engine.execution.HistoryEvent;
import io.baton.engine.json.Json;
import io.baton.persistence.JournalEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ListingChangeTest {
  private static final String MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:m";
  private static final String PARENT = "arn:aws:states:us-east-1:123456789012:execution:m:p";

  private static JournalEvent.ExecutionCreated created(String arn, String parent) {
    return new JournalEvent.ExecutionCreated(
        "{}",
        MACHINE,
        "rev",
        arn,
        "n",
        "{}",
        "role",
        null,
        parent,
        parent == null ? null : "0",
        3,
        1_234L);
  }

  @Test
  void shouldListATopLevelExecutionUnderItsStateMachine() {
    // when
    final var change = ListingChange.of("Execution|" + PARENT, created(PARENT, null));
    // then
    assertThat(change).contains(new ListingChange.Created(PARENT, MACHINE, "n", 1_234L));
  }

  @Test
  void shouldListADistributedMapChildUnderItsParentExecution() {
    // given: children are found by their parent when it recovers, as before the projection
    final String child = PARENT + "/child-3";
    // when
    final var change = ListingChange.of("Execution|" + child, created(child, PARENT));
    // then
    assertThat(change).contains(new ListingChange.Created(child, PARENT, "n", 1_234L));
  }

  @Test
  void shouldTakeTheEndFromTheTerminalEventAndTheArnFromThePersistenceId() {
    // given
    final Instant stop = Instant.parse("2026-01-02T03:04:05.678Z");
    final var ended =
        new JournalEvent.HistoryRecorded(
            new HistoryEvent(
                9, 8, stop, EventTypes.EXECUTION_TIMED_OUT, "", Json.object(), Json.object()));
    // when
    final var change = ListingChange.of("Execution|" + PARENT, ended);
    // then
    assertThat(change).contains(new ListingChange.Ended(PARENT, "TIMED_OUT", stop.toEpochMilli()));
  }

  @Test
  void shouldIgnoreEventsTheListingDoesNotNeed() {
    final var entered =
        new JournalEvent.HistoryRecorded(
            new HistoryEvent(
                2, 1, Instant.EPOCH, "PassStateEntered", "", Json.object(), Json.object()));
    assertThat(ListingChange.of("Execution|" + PARENT, entered)).isEmpty();
  }
}
