package io.baton.engine.interpreter;

import io.baton.engine.IdSource;
import io.baton.engine.definition.MapState;
import io.baton.engine.definition.ParallelState;
import io.baton.engine.definition.State;
import io.baton.engine.definition.TaskState;
import io.baton.engine.definition.WaitState;
import io.baton.engine.error.ErrorNames;
import io.baton.engine.error.Failure;
import io.baton.engine.execution.ExecutionState;
import io.baton.engine.execution.ExecutionStatus;
import io.baton.engine.execution.Frame;
import io.baton.engine.execution.FramePhase;
import java.time.Instant;
import java.util.Optional;

/**
 * The ASL interpreter: a pure function from (state, signal, now, ids) to a {@link Decision}.
 *
 * <ul>
 *   <li>Never changes the state it is given: it decides on a copy. The caller persists the
 *       decision's events and applies them with {@link ExecutionState#apply}, live or on replay.
 *   <li>Runs every state that needs no outside answer in one decision: a chain of Pass and Choice
 *       states, Wait entry, and Parallel/Map fan-out are one step.
 *   <li>Never reads the clock or makes ids: {@code now} and {@code ids} are its only sources.
 *   <li>Ignores stale signals (a late task result, a cancelled timer) with an empty decision.
 * </ul>
 */
public final class Interpreter {
  private final TaskTokens tokens;

  public Interpreter() {
    this(TaskTokens.PLAIN);
  }

  public Interpreter(TaskTokens tokens) {
    this.tokens = tokens;
  }

  public Decision decide(ExecutionState state, Signal signal, Instant now, IdSource ids) {
    final Decider d = new Decider(state, now, ids, tokens);
    if (signal instanceof Signal.Start start) {
      if (state.info() != null) {
        return d.decision();
      }
      Signals.start(d, start);
    } else if (state.info() == null || state.status() != ExecutionStatus.RUNNING) {
      // Nothing but Start may come first: a history always begins with ExecutionStarted.
      return d.decision();
    } else if (signal instanceof Signal.Stop stop) {
      Termination.abort(d, stop.error(), stop.cause());
    } else if (signal instanceof Signal.TimerFired timer) {
      Signals.timerFired(d, timer.timerId());
    } else {
      Signals.taskOrChild(d, signal);
    }
    drive(d);
    return d.decision();
  }

  /**
   * The effects an execution still needs after a restart: its open timers, its outstanding task
   * calls and its running Distributed Map children, derived from state alone (so nothing depends on
   * "we already scheduled it"). Starting a child that exists already must be a no-op.
   */
  public java.util.List<Effect> regenerate(ExecutionState state) {
    final java.util.List<Effect> effects = new java.util.ArrayList<>();
    if (state.status() != ExecutionStatus.RUNNING) {
      return effects;
    }
    state.openTimers().forEach((id, at) -> effects.add(new Effect.StartTimer(id, at)));
    for (Frame f : state.frames()) {
      if (f.phase() == FramePhase.FANOUT) {
        MapHandler.openChildren(f, effects);
      }
      if (f.phase() == FramePhase.TASK && f.pendingTask() != null) {
        final var t = f.pendingTask();
        effects.add(
            new Effect.InvokeTask(
                f.taskId(),
                f.path(),
                f.stateName(),
                t.path("resource").asText(),
                t.path("parameters"),
                t.path("attempt").asInt(),
                t.has("timeoutSeconds")
                    ? Optional.of(t.get("timeoutSeconds").asInt())
                    : Optional.empty(),
                t.has("heartbeatSeconds")
                    ? Optional.of(t.get("heartbeatSeconds").asInt())
                    : Optional.empty(),
                t.has("taskToken") ? Optional.of(t.get("taskToken").asText()) : Optional.empty()));
      }
    }
    return effects;
  }

  /** Runs frames until every one is waiting for the outside world or the execution ended. */
  private static void drive(Decider d) {
    String path;
    while (d.running() && (path = d.nextScheduled()) != null) {
      final Frame f = d.frame(path);
      if (f == null) {
        continue;
      }
      if (f.phase() == FramePhase.READY) {
        StateEntry.enter(d, f);
      } else if (f.phase() == FramePhase.COMPLETED) {
        completed(d, f);
      } else if (f.phase() == FramePhase.FANOUT) {
        final State state = f.state();
        StateEntry.guarded(
            d,
            f,
            () -> {
              if (state instanceof MapState m) {
                MapHandler.drive(d, f, m);
              } else {
                ParallelHandler.drive(d, f, (ParallelState) state);
              }
            });
      }
    }
  }

  private static void completed(Decider d, Frame f) {
    if (f.isRoot()) {
      Termination.succeed(d, f.output());
      return;
    }
    final Frame parent = d.frame(f.parentPath());
    if (parent == null || parent.phase() != FramePhase.FANOUT) {
      return;
    }
    if (parent.state() instanceof MapState) {
      MapHandler.iterationCompleted(d, parent, f);
    } else {
      d.schedule(parent.path());
    }
  }

  /** Helpers that route each signal to the frame it concerns. */
  static final class Signals {
    private Signals() {}

    static void start(Decider d, Signal.Start start) {
      final var internal = Events.internal("input", start.info().input());
      final var info = internal.putObject("info");
      info.put("executionArn", start.info().executionArn());
      info.put("name", start.info().name());
      info.put("stateMachineArn", start.info().stateMachineArn());
      info.put("stateMachineName", start.info().stateMachineName());
      info.put("roleArn", start.info().roleArn());
      info.put("startTime", start.info().startTime().toString());
      info.put("redriveCount", start.info().redriveCount());
      final Optional<Integer> timeout = d.work.definition().timeoutSeconds();
      timeout.ifPresent(t -> internal.put("timerId", "execution-timeout"));
      timeout.ifPresent(
          t -> internal.put("timeoutAt", start.info().startTime().plusSeconds(t).toString()));
      final var details = Events.details();
      details.set("input", start.info().input());
      details.putObject("inputDetails").put("truncated", false);
      details.put("roleArn", start.info().roleArn());
      details.put("stateMachineArn", start.info().stateMachineArn());
      d.emit(io.baton.engine.execution.EventTypes.EXECUTION_STARTED, "", details, internal);
      timeout.ifPresent(
          t ->
              d.effect(
                  new Effect.StartTimer(
                      "execution-timeout", start.info().startTime().plusSeconds(t))));
      d.schedule("");
    }

    static void timerFired(Decider d, String timerId) {
      if (d.work.executionTimerId().map(timerId::equals).orElse(false)) {
        Termination.timeOut(d);
        return;
      }
      for (Frame f : d.work.frames()) {
        if (timerId.equals(f.timerId()) && f.phase() == FramePhase.WAITING) {
          StateEntry.guarded(d, f, () -> WaitHandler.finish(d, f, (WaitState) f.state()));
          return;
        }
        if (timerId.equals(f.timerId()) && f.phase() == FramePhase.RETRY_WAIT) {
          retry(d, f);
          return;
        }
        if (timerId.equals(f.timeoutTimerId()) && f.phase() == FramePhase.TASK) {
          TaskHandler.failed(d, f, (TaskState) f.state(), Failure.of(ErrorNames.TIMEOUT, ""), true);
          return;
        }
        if (timerId.equals(f.heartbeatTimerId()) && f.phase() == FramePhase.TASK) {
          TaskHandler.failed(
              d, f, (TaskState) f.state(), Failure.of(ErrorNames.HEARTBEAT_TIMEOUT, ""), true);
          return;
        }
      }
    }

    private static void retry(Decider d, Frame f) {
      final State state = f.state();
      StateEntry.guarded(
          d,
          f,
          () -> {
            if (state instanceof TaskState t) {
              TaskHandler.schedule(d, f, t);
            } else if (state instanceof MapState m) {
              MapHandler.start(d, f, m);
            } else if (state instanceof ParallelState p) {
              ParallelHandler.start(d, f, p);
            }
          });
    }

    static void taskOrChild(Decider d, Signal signal) {
      if (signal instanceof Signal.ChildExecutionCompleted child) {
        final Frame f = d.frame(child.framePath());
        // Reports arrive at least once: only the first one for a running child counts.
        if (f != null
            && f.phase() == FramePhase.FANOUT
            && f.fanout().distributed()
            && f.fanout().isRunning(child.index())) {
          final boolean ok = child.status() == ExecutionStatus.SUCCEEDED;
          MapHandler.childExecutionCompleted(
              d,
              f,
              child.index(),
              ok,
              child.output(),
              ok ? null : Failure.of(orEmpty(child.error()), orEmpty(child.cause())));
        }
        return;
      }
      final String taskId = taskIdOf(signal);
      final Frame f = taskFrame(d, taskId);
      if (f == null) {
        return;
      }
      final TaskState task = (TaskState) f.state();
      if (signal instanceof Signal.TaskSucceeded s) {
        TaskHandler.succeeded(d, f, task, s.output());
      } else if (signal instanceof Signal.TaskFailed s) {
        TaskHandler.failed(d, f, task, Failure.of(s.error(), s.cause()), false);
      } else if (signal instanceof Signal.TaskHeartbeat) {
        TaskHandler.heartbeat(d, f, task);
      } else if (signal instanceof Signal.TaskStarted s) {
        ActivityStarts.started(d, f, task, s.workerName());
      }
      d.schedule(f.path());
    }

    private static String taskIdOf(Signal signal) {
      if (signal instanceof Signal.TaskSucceeded s) {
        return s.taskId();
      }
      if (signal instanceof Signal.TaskFailed s) {
        return s.taskId();
      }
      if (signal instanceof Signal.TaskHeartbeat s) {
        return s.taskId();
      }
      if (signal instanceof Signal.TaskStarted s) {
        return s.taskId();
      }
      throw new IllegalStateException("Expected a task signal, but found " + signal);
    }

    private static Frame taskFrame(Decider d, String taskId) {
      for (Frame f : d.work.frames()) {
        if (taskId.equals(f.taskId()) && f.phase() == FramePhase.TASK) {
          return f;
        }
      }
      return null;
    }

    private static String orEmpty(String s) {
      return s == null ? "" : s;
    }
  }
}
