package io.baton.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.baton.engine.execution.EventTypes;
import io.baton.engine.execution.ExecutionStatus;
import io.baton.engine.execution.HistoryEvent;
import io.baton.engine.json.Json;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListingTagsTest {
  private static final String ARN = "arn:aws:states:us-east-1:123456789012:execution:m:e";
  private final ListingTags tags = new ListingTags(4);

  private static JournalEvent history(String type) {
    return new JournalEvent.HistoryRecorded(
        new HistoryEvent(1, 0, Instant.EPOCH, type, "", Json.object(), Json.object()));
  }

  @Test
  void shouldTagOnlyTheCreationAndTheEndOfAnExecution() throws Exception {
    for (String type : JournalSerializerTest.allEventTypes()) {
      // when
      final Set<String> tagged = tags.tagsFor(ARN, history(type));
      // then
      final boolean terminal =
          Set.of(
                  EventTypes.EXECUTION_SUCCEEDED,
                  EventTypes.EXECUTION_FAILED,
                  EventTypes.EXECUTION_TIMED_OUT,
                  EventTypes.EXECUTION_ABORTED)
              .contains(type);
      assertThat(tagged).as(type).hasSize(terminal ? 1 : 0);
    }
    assertThat(tags.tagsFor(ARN, JournalSerializerTest.created()))
        .containsExactly(tags.tag(tags.sliceOf(ARN)));
  }

  @Test
  void shouldMapEachTerminalEventToItsStatus() {
    assertThat(ListingTags.terminalStatus(history(EventTypes.EXECUTION_SUCCEEDED)))
        .contains(ExecutionStatus.SUCCEEDED);
    assertThat(ListingTags.terminalStatus(history(EventTypes.EXECUTION_FAILED)))
        .contains(ExecutionStatus.FAILED);
    assertThat(ListingTags.terminalStatus(history(EventTypes.EXECUTION_TIMED_OUT)))
        .contains(ExecutionStatus.TIMED_OUT);
    assertThat(ListingTags.terminalStatus(history(EventTypes.EXECUTION_ABORTED)))
        .contains(ExecutionStatus.ABORTED);
    assertThat(ListingTags.terminalStatus(history(EventTypes.EXECUTION_STARTED))).isEmpty();
    assertThat(ListingTags.terminalStatus(JournalSerializerTest.created())).isEmpty();
  }

  @Test
  void shouldTagADecisionRowOnlyWhenItEndsTheExecution() {
    // given: a decision that runs two states and ends, and one that only runs a state
    final HistoryEvent entered =
        new HistoryEvent(2, 1, Instant.EPOCH, "PassStateEntered", "", Json.object(), Json.object());
    final HistoryEvent ended =
        new HistoryEvent(
            3,
            2,
            Instant.ofEpochMilli(42),
            EventTypes.EXECUTION_FAILED,
            "",
            Json.object(),
            Json.object());
    final JournalEvent ending =
        new JournalEvent.DecisionRecorded(java.util.List.of(entered, ended));
    final JournalEvent running = new JournalEvent.DecisionRecorded(java.util.List.of(entered));
    // then
    assertThat(tags.tagsFor(ARN, ending)).containsExactly(tags.tag(tags.sliceOf(ARN)));
    assertThat(ListingTags.terminalStatus(ending)).contains(ExecutionStatus.FAILED);
    assertThat(ListingTags.terminalEvent(ending)).contains(ended);
    assertThat(tags.tagsFor(ARN, running)).isEmpty();
    assertThat(tags.tagsFor(ARN, new JournalEvent.DecisionRecorded(java.util.List.of()))).isEmpty();
  }

  @Test
  void shouldKeepEachExecutionInTheSliceItWasWrittenWith() {
    // given: the slice is part of the journal's data (the tag), so it must not change between
    // runs or releases; these values were computed once and must never be edited
    final ListingTags seven = new ListingTags(7);
    // then
    assertThat(tags.sliceOf(ARN)).isEqualTo(0);
    assertThat(seven.sliceOf(ARN)).isEqualTo(5);
    assertThat(seven.tagsFor(ARN, JournalSerializerTest.created())).containsExactly("executions-5");
  }

  @Test
  void shouldSpreadExecutionsOverEverySlice() {
    // given
    final Set<Integer> used = new HashSet<>();
    // when
    for (int i = 0; i < 100; i++) {
      used.add(tags.sliceOf(ARN + i));
    }
    // then
    assertThat(used).containsExactlyInAnyOrder(0, 1, 2, 3);
    assertThat(tags.all())
        .containsExactly("executions-0", "executions-1", "executions-2", "executions-3");
  }

  @Test
  void shouldRefuseFewerThanOneSlice() {
    assertThatThrownBy(() -> new ListingTags(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one listing slice");
  }
}
