package io.baton.engine.interpreter;

import io.baton.engine.execution.Fanout;
import io.baton.engine.execution.Frame;
import io.baton.engine.execution.FramePhase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The outside work frames leave behind when they are cut or the execution ends: durable timers to
 * cancel, task calls to stop waiting for, Distributed Map children to stop.
 *
 * <p>Read from the decision's state before the events that drop those frames are emitted; after
 * them the frames, and so the work they knew of, are gone.
 */
final class Abandon {
  private Abandon() {}

  /** Everything the execution still waits on, its own time-out included: it is ending. */
  static void everything(Decider d) {
    final List<Frame> frames = List.copyOf(d.work.frames());
    d.work.executionTimerId().ifPresent(t -> d.effect(new Effect.CancelTimer(t)));
    release(d, frames);
  }

  /** The work of every frame below {@code path} (not of the frame at {@code path} itself). */
  static void below(Decider d, String path) {
    final String prefix = path.isEmpty() ? "" : path + "/";
    final List<Frame> frames = new ArrayList<>();
    for (Frame f : d.work.frames()) {
      if (!f.path().isEmpty() && f.path().startsWith(prefix) && !f.path().equals(path)) {
        frames.add(f);
      }
    }
    release(d, frames);
  }

  /** The children a Distributed Map frame started that have not reported an end. */
  static void runningChildren(Decider d, Frame map) {
    final Fanout fan = map.fanout();
    if (fan == null || !fan.distributed()) {
      return;
    }
    for (int i = 0; i < fan.nextIndex(); i++) {
      if (fan.isRunning(i)) {
        d.effect(new Effect.StopChildExecution(map.path(), i, MapHandler.childName(fan, i)));
      }
    }
  }

  private static void release(Decider d, Collection<Frame> frames) {
    for (Frame f : frames) {
      cancelTimer(d, f.timerId());
      cancelTimer(d, f.timeoutTimerId());
      cancelTimer(d, f.heartbeatTimerId());
    }
    for (Frame f : frames) {
      if (f.phase() == FramePhase.TASK && f.taskId() != null && f.pendingTask() != null) {
        d.effect(
            new Effect.CancelTask(f.taskId(), f.path(), f.pendingTask().path("resource").asText()));
      }
    }
    for (Frame f : frames) {
      runningChildren(d, f);
    }
  }

  private static void cancelTimer(Decider d, String timerId) {
    if (timerId != null) {
      d.effect(new Effect.CancelTimer(timerId));
    }
  }
}
