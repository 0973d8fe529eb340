package io.baton.engine.interpreter;

import io.baton.engine.definition.MapState;
import io.baton.engine.execution.EventTypes;
import io.baton.engine.execution.Frame;
import java.util.Optional;

/**
 * What AWS records when a Parallel or inline Map state cuts its other branches or iterations
 * because one of them failed.
 *
 * <ul>
 *   <li>Each Map iteration still running gets MapIterationAborted.
 *   <li>Each cut branch or iteration that is inside a Task, Wait, Parallel or Map state gets that
 *       state's aborted event (TaskStateAborted, …), with no details; one between states gets none,
 *       and so does whatever runs nested inside the cut state.
 *   <li>All of it comes before the failing iteration's MapIterationFailed and before the state's
 *       own ParallelStateFailed or MapStateFailed.
 * </ul>
 *
 * <p>Only a state that fails records this. An execution that ends as a whole (stopped, timed out,
 * or failed by States.Runtime) records no aborted events: see {@link Termination}.
 */
final class Cuts {
  private Cuts() {}

  /**
   * The Parallel or Map state in {@code fanout} is failing: releases the work of its branches,
   * iterations or child executions and records the cut ones, all but {@code failingIndex} (the one
   * whose failure this is, or -1 when the state failed by itself).
   */
  static void children(Decider d, Frame fanout, int failingIndex) {
    if (fanout.fanout() == null) {
      return;
    }
    Abandon.below(d, fanout.path());
    Abandon.runningChildren(d, fanout);
    if (fanout.state() instanceof MapState) {
      mapIterations(d, fanout, failingIndex);
    } else {
      parallelBranches(d, fanout, failingIndex);
    }
  }

  private static void parallelBranches(Decider d, Frame parallel, int failingIndex) {
    for (int i = 0; i < parallel.fanout().total(); i++) {
      final Frame branch = d.frame(parallel.childPath(i));
      if (branch != null && i != failingIndex) {
        openState(branch)
            .ifPresent(type -> d.emit(type, branch, Events.details(), Events.internal()));
      }
    }
  }

  /** A Distributed Map has no iteration frames: its children are executions of their own. */
  private static void mapIterations(Decider d, Frame map, int failingIndex) {
    for (int i = 0; i < map.fanout().nextIndex(); i++) {
      final Frame iteration = d.frame(map.childPath(i));
      if (iteration == null || i == failingIndex) {
        continue;
      }
      // Read before MapIterationAborted drops the iteration's frame.
      final Optional<String> state = openState(iteration);
      d.emit(
          EventTypes.MAP_ITERATION_ABORTED,
          map,
          Events.iteration(i, map.stateName()),
          Events.internal());
      state.ifPresent(type -> d.emit(type, iteration, Events.details(), Events.internal()));
    }
  }

  /** The aborted event type of the state a frame is inside, if AWS has one for it. */
  private static Optional<String> openState(Frame f) {
    switch (f.phase()) {
      case ACTIVE:
      case TASK:
      case WAITING:
      case RETRY_WAIT:
      case FANOUT:
        return EventTypes.aborted(f.state().typeName());
      default:
        return Optional.empty();
    }
  }
}
