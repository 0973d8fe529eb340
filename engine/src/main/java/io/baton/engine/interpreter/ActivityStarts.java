package io.baton.engine.interpreter;

import io.baton.engine.definition.TaskState;
import io.baton.engine.execution.EventTypes;
import io.baton.engine.execution.Frame;

/** A worker picked up an activity task: record ActivityStarted with its name. */
final class ActivityStarts {
  private ActivityStarts() {}

  static void started(Decider d, Frame f, TaskState task, String workerName) {
    // A task is started once: a second worker report (a re-offer after a restart) changes nothing.
    if (!task.resource().contains(":activity:") || f.taskStarted()) {
      return;
    }
    final var details = Events.details();
    details.put("workerName", workerName == null ? "" : workerName);
    d.emit(EventTypes.ACTIVITY_STARTED, f, details, Events.internal());
  }
}
