package io.baton.node.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Checks one finished execution's history: ids 1..n without a gap or repeat, every state entered as
 * often as it was exited, and the counts its kind must show.
 */
final class FailoverHistories {
  private FailoverHistories() {}

  static void assertComplete(String arn, FailoverMachines kind, List<HistoryEvent> events) {
    for (int i = 0; i < events.size(); i++) {
      assertThat(events.get(i).id()).as("event id %d of %s", i + 1, arn).isEqualTo(i + 1L);
    }
    final Map<String, Long> counts = counts(events);
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      if (e.getKey().endsWith("StateEntered")) {
        final String exited = e.getKey().replace("Entered", "Exited");
        assertThat(counts.getOrDefault(exited, 0L))
            .as(exited + " of " + arn)
            .isEqualTo(e.getValue());
      }
    }
    assertThat(counts.get("ExecutionSucceeded")).as(arn).isEqualTo(1L);
    assertThat(events.get(events.size() - 1).typeAsString())
        .as(arn)
        .isEqualTo("ExecutionSucceeded");
    switch (kind) {
      case WAIT:
        assertThat(types(events))
            .as(arn)
            .containsExactly(
                "ExecutionStarted",
                "WaitStateEntered",
                "WaitStateExited",
                "PassStateEntered",
                "PassStateExited",
                "WaitStateEntered",
                "WaitStateExited",
                "ChoiceStateEntered",
                "ChoiceStateExited",
                "SucceedStateEntered",
                "SucceedStateExited",
                "ExecutionSucceeded");
        break;
      case CALLBACK:
        assertThat(counts.get("TaskScheduled")).as(arn).isEqualTo(2L);
        assertThat(counts.get("TaskFailed")).as(arn).isEqualTo(1L);
        assertThat(counts.get("TaskSucceeded")).as(arn).isEqualTo(1L);
        assertThat(counts.get("MapIterationSucceeded")).as(arn).isEqualTo(3L);
        assertThat(counts.get("WaitStateExited")).as(arn).isEqualTo(4L);
        assertThat(counts.get("ParallelStateExited")).as(arn).isEqualTo(1L);
        break;
      case DISTRIBUTED:
        assertThat(counts.get("MapRunStarted")).as(arn).isEqualTo(1L);
        assertThat(counts.get("MapRunSucceeded")).as(arn).isEqualTo(1L);
        assertThat(counts.get("MapStateExited")).as(arn).isEqualTo(1L);
        break;
      default:
        final long scheduled = counts.getOrDefault("ActivityScheduled", 0L);
        assertThat(counts.get("ActivitySucceeded")).as(arn).isEqualTo(1L);
        assertThat(scheduled)
            .as(arn)
            .isEqualTo(
                1L
                    + counts.getOrDefault("ActivityFailed", 0L)
                    + counts.getOrDefault("ActivityTimedOut", 0L));
        assertThat(counts.getOrDefault("ActivityStarted", 0L)).as(arn).isBetween(1L, scheduled);
        assertThat(counts.get("MapIterationSucceeded")).as(arn).isEqualTo(2L);
        break;
    }
  }

  /** A Distributed Map child: it waited once, passed once and succeeded once. */
  static void assertChildComplete(String arn, List<HistoryEvent> events) {
    for (int i = 0; i < events.size(); i++) {
      assertThat(events.get(i).id()).as("event id %d of %s", i + 1, arn).isEqualTo(i + 1L);
    }
    assertThat(types(events))
        .as(arn)
        .containsExactly(
            "ExecutionStarted",
            "WaitStateEntered",
            "WaitStateExited",
            "PassStateEntered",
            "PassStateExited",
            "ExecutionSucceeded");
  }

  private static Map<String, Long> counts(List<HistoryEvent> events) {
    final Map<String, Long> counts = new HashMap<>();
    for (HistoryEvent e : events) {
      counts.merge(e.typeAsString(), 1L, Long::sum);
    }
    return counts;
  }

  private static List<String> types(List<HistoryEvent> events) {
    return events.stream().map(HistoryEvent::typeAsString).toList();
  }
}
