package io.baton.engine.testkit;

import io.baton.engine.execution.ExecutionState;
import io.baton.engine.execution.Frame;
import io.baton.engine.execution.FramePhase;
import io.baton.engine.interpreter.Effect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The task calls and child executions a harness was asked for, and which are still open. */
final class WorkBook {
  private final Map<String, Effect.InvokeTask> invoked = new LinkedHashMap<>();
  private final List<Effect.StartChildExecution> children = new ArrayList<>();

  void record(Effect effect) {
    if (effect instanceof Effect.InvokeTask task) {
      Invariants.check(
          !invoked.containsKey(task.taskId()),
          "Expected a new task id, but " + task.taskId() + " was invoked before");
      invoked.put(task.taskId(), task);
    } else if (effect instanceof Effect.StartChildExecution child) {
      children.add(child);
    }
  }

  /** Invoked tasks that a frame of the live state still waits for. */
  List<Effect.InvokeTask> openTasks(ExecutionState state) {
    final Set<String> waiting =
        state.frames().stream()
            .filter(f -> f.phase() == FramePhase.TASK && f.taskId() != null)
            .map(Frame::taskId)
            .collect(Collectors.toSet());
    return invoked.values().stream().filter(t -> waiting.contains(t.taskId())).toList();
  }

  Effect.InvokeTask onlyTask(ExecutionState state, String stateName) {
    final List<Effect.InvokeTask> matching =
        openTasks(state).stream().filter(t -> t.stateName().equals(stateName)).toList();
    Invariants.check(
        matching.size() == 1,
        "Expected one open task for state '" + stateName + "', but found " + matching.size());
    return matching.get(0);
  }

  List<Effect.StartChildExecution> openChildren() {
    return List.copyOf(children);
  }

  /** Started children whose Map frame in the live state still waits for them. */
  List<Effect.StartChildExecution> openChildren(ExecutionState state) {
    return children.stream()
        .filter(
            c ->
                state.frames().stream()
                    .anyMatch(
                        f ->
                            f.path().equals(c.framePath())
                                && f.phase() == FramePhase.FANOUT
                                && f.fanout() != null
                                && f.fanout().isRunning(c.index())))
        .toList();
  }

  void childReported(Effect.StartChildExecution child) {
    Invariants.check(children.remove(child), "Expected an open child execution " + child);
  }
}
