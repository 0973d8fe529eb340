package io.baton.engine.testkit;

import io.baton.engine.execution.ExecutionState;
import io.baton.engine.execution.Frame;
import io.baton.engine.execution.FramePhase;
import io.baton.engine.interpreter.Effect;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The task calls and child executions a harness was asked for, and which are still open. */
final class WorkBook {
  private final Map<String, Effect.InvokeTask> invoked = new LinkedHashMap<>();
  private final List<Effect.StartChildExecution> children = new ArrayList<>();
  private final List<Effect.StartChildExecution> stopped = new ArrayList<>();
  private final Set<String> closed = new HashSet<>();

  void record(Effect effect) {
    if (effect instanceof Effect.InvokeTask task) {
      Invariants.check(
          !invoked.containsKey(task.taskId()),
          "Expected a new task id, but " + task.taskId() + " was invoked before");
      invoked.put(task.taskId(), task);
    } else if (effect instanceof Effect.CancelTask cancel) {
      Invariants.check(
          invoked.containsKey(cancel.taskId()),
          "Expected to cancel an invoked task, but " + cancel.taskId() + " never was");
      closed.add(cancel.taskId());
    } else if (effect instanceof Effect.StartChildExecution child) {
      children.add(child);
    } else if (effect instanceof Effect.StopChildExecution stop) {
      final List<Effect.StartChildExecution> matching =
          children.stream()
              .filter(
                  c ->
                      c.framePath().equals(stop.framePath())
                          && c.index() == stop.index()
                          && c.executionName().equals(stop.executionName()))
              .toList();
      Invariants.check(
          matching.size() == 1,
          "Expected to stop an open child execution, but " + stop + " is not");
      children.removeAll(matching);
      stopped.addAll(matching);
    }
  }

  /** The runner answered the task: it no longer needs telling that nobody waits for it. */
  void answered(String taskId) {
    closed.add(taskId);
  }

  /**
   * Every invoked task the state no longer waits for was answered or cancelled, so a runner always
   * learns when to stop offering a task to workers.
   */
  void checkNoTaskAbandoned(ExecutionState state, Object after) {
    final Set<String> waiting = waitingTaskIds(state);
    for (String taskId : invoked.keySet()) {
      Invariants.check(
          waiting.contains(taskId) || closed.contains(taskId),
          "Expected task "
              + taskId
              + " to be answered or cancelled after "
              + after
              + ", but the"
              + " state dropped it silently");
    }
  }

  /** Invoked tasks that a frame of the live state still waits for. */
  List<Effect.InvokeTask> openTasks(ExecutionState state) {
    final Set<String> waiting = waitingTaskIds(state);
    return invoked.values().stream().filter(t -> waiting.contains(t.taskId())).toList();
  }

  private static Set<String> waitingTaskIds(ExecutionState state) {
    return state.frames().stream()
        .filter(f -> f.phase() == FramePhase.TASK && f.taskId() != null)
        .map(Frame::taskId)
        .collect(Collectors.toSet());
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

  /** A child reports its end once, whether it ran to it or was stopped. */
  void childReported(Effect.StartChildExecution child) {
    Invariants.check(
        children.remove(child) || stopped.remove(child),
        "Expected an open or stopped child execution " + child);
  }

  /** Children the engine asked to stop that have not reported their end yet. */
  List<Effect.StartChildExecution> stoppedChildren() {
    return List.copyOf(stopped);
  }
}
