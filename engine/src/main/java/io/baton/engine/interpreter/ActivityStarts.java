package io.baton.engine.interpreter;

import io.baton.engine.definition.TaskState;
import io.baton.engine.execution.EventTypes;
import io.baton.engine.execution.Frame;

/** A worker picked up an activity task: record ActivityStarted with its name, once. */
final class ActivityStarts {
  private ActivityStarts() {}

  static void started(Decider d, Frame f, TaskState task, String workerName) {
    // A queue refilled after a node was lost may hand the task out again: record the first only.
    if (!task.resource().contains(":activity:") || f.activityStarted()) {
      return;
    }
    final var details = Events.details();
    details.put("workerName", workerName == null ? "" : workerName);
    d.emit(EventTypes.ACTIVITY_STARTED, f, details, Events.internal());
  }
}
