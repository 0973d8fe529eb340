package io.baton.engine.execution;

import java.util.Set;

/** Groups the task and activity event types by what they do to a frame. */
final class TaskEvents {
  private static final Set<String> SCHEDULED =
      Set.of(EventTypes.TASK_SCHEDULED, EventTypes.ACTIVITY_SCHEDULED);
  private static final Set<String> PROGRESS =
      Set.of(EventTypes.TASK_STARTED, EventTypes.TASK_SUBMITTED, EventTypes.ACTIVITY_STARTED);
  private static final Set<String> OUTCOME =
      Set.of(
          EventTypes.TASK_SUCCEEDED,
          EventTypes.TASK_FAILED,
          EventTypes.TASK_TIMED_OUT,
          EventTypes.ACTIVITY_SUCCEEDED,
          EventTypes.ACTIVITY_FAILED,
          EventTypes.ACTIVITY_TIMED_OUT);

  private TaskEvents() {}

  static boolean isScheduled(String type) {
    return SCHEDULED.contains(type);
  }

  static boolean isProgress(String type) {
    return PROGRESS.contains(type);
  }

  static boolean isOutcome(String type) {
    return OUTCOME.contains(type);
  }
}
