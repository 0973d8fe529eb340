package io.baton.engine.runner;

import io.baton.engine.IdSource;
import io.baton.engine.definition.StateMachineDefinition;
import io.baton.engine.execution.ExecutionInfo;
import io.baton.engine.execution.ExecutionState;
import io.baton.engine.execution.ExecutionStatus;
import io.baton.engine.execution.HistoryEvent;
import io.baton.engine.interpreter.Decision;
import io.baton.engine.interpreter.Effect;
import io.baton.engine.interpreter.Interpreter;
import io.baton.engine.interpreter.Signal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** One in-memory run: an execution and its Distributed Map children, driven by one loop. */
final class LocalRun {
  private final Interpreter interpreter;
  private final TaskInvoker invoker;
  private final IdSource ids;
  private final Sleeper sleeper;
  private final double scale;
  private final Map<String, Exec> execs = new HashMap<>();
  private final BlockingQueue<Pending> inbox = new LinkedBlockingQueue<>();
  private final PriorityQueue<Timer> timers = new PriorityQueue<>();
  private final Set<String> cancelled = new HashSet<>();
  private int inFlight;
  private long timerSeq;
  private Instant now;

  LocalRun(
      Interpreter interpreter, TaskInvoker invoker, IdSource ids, Sleeper sleeper, double scale) {
    this.interpreter = interpreter;
    this.invoker = invoker;
    this.ids = ids;
    this.sleeper = sleeper;
    this.scale = scale;
  }

  ExecutionResult run(StateMachineDefinition definition, ExecutionInfo info) {
    now = info.startTime();
    final Exec root = new Exec("root", new ExecutionState(definition), null, null, 0);
    execs.put(root.id, root);
    dispatch(new Pending(root.id, new Signal.Start(info), false));
    while (!root.state.status().isTerminal()) {
      final Pending next = next();
      if (next == null) {
        break;
      }
      dispatch(next);
    }
    return new ExecutionResult(
        root.state.status(),
        root.state.output(),
        root.state.error(),
        root.state.cause(),
        List.copyOf(root.history),
        root.state);
  }

  private Pending next() {
    Pending p = inbox.poll();
    if (p != null) {
      return p;
    }
    if (inFlight > 0) {
      try {
        return inbox.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    while (!timers.isEmpty()) {
      final Timer t = timers.poll();
      if (cancelled.remove(t.key())) {
        continue;
      }
      if (t.fireAt.isAfter(now)) {
        sleep(Duration.between(now, t.fireAt));
        now = t.fireAt;
      }
      return new Pending(t.execId, new Signal.TimerFired(t.timerId), false);
    }
    return null;
  }

  private void sleep(Duration virtual) {
    if (scale <= 0) {
      return;
    }
    try {
      sleeper.sleep(Duration.ofNanos((long) (virtual.toNanos() * scale)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void dispatch(Pending p) {
    if (p.taskOutcome) {
      inFlight--;
    }
    final Exec exec = execs.get(p.execId);
    final Decision decision = interpreter.decide(exec.state, p.signal, now, ids);
    for (HistoryEvent event : decision.events()) {
      exec.state.apply(event);
      exec.history.add(event);
    }
    for (Effect effect : decision.effects()) {
      run(exec, effect);
    }
  }

  private void run(Exec exec, Effect effect) {
    if (effect instanceof Effect.InvokeTask task) {
      inFlight++;
      invoker
          .invoke(task)
          .whenComplete(
              (outcome, error) ->
                  inbox.add(new Pending(exec.id, signalFor(task, outcome, error), true)));
    } else if (effect instanceof Effect.StartTimer t) {
      timers.add(new Timer(t.fireAt(), timerSeq++, exec.id, t.timerId()));
    } else if (effect instanceof Effect.CancelTimer t) {
      cancelled.add(exec.id + "|" + t.timerId());
    } else if (effect instanceof Effect.StartChildExecution child) {
      startChild(exec, child);
    } else if (effect instanceof Effect.StopChildExecution child) {
      // The stopped child reports ABORTED to a Map that no longer waits for it; that is ignored.
      inbox.add(new Pending(exec.id + "/" + child.executionName(), new Signal.Stop("", ""), false));
    } else if (effect instanceof Effect.ExecutionEnded ended && exec.parentId != null) {
      inbox.add(
          new Pending(
              exec.parentId,
              new Signal.ChildExecutionCompleted(
                  exec.parentFrame,
                  exec.index,
                  ended.status(),
                  ended.output().orElse(null),
                  ended.error().orElse(null),
                  ended.cause().orElse(null)),
              false));
    }
  }

  private void startChild(Exec parent, Effect.StartChildExecution child) {
    final ExecutionInfo parentInfo = parent.state.info();
    final String id = parent.id + "/" + child.executionName();
    final ExecutionInfo info =
        new ExecutionInfo(
            parentInfo.stateMachineArn().replace(":stateMachine:", ":execution:")
                + ":"
                + child.executionName(),
            child.executionName(),
            parentInfo.stateMachineArn(),
            parentInfo.stateMachineName(),
            parentInfo.roleArn(),
            child.input(),
            now,
            0);
    final Exec exec =
        new Exec(
            id, new ExecutionState(child.machine()), parent.id, child.framePath(), child.index());
    execs.put(id, exec);
    dispatch(new Pending(id, new Signal.Start(info), false));
  }

  private static Signal signalFor(Effect.InvokeTask task, TaskOutcome outcome, Throwable error) {
    if (error != null) {
      return new Signal.TaskFailed(
          task.taskId(), "States.TaskFailed", String.valueOf(error.getMessage()));
    }
    if (outcome instanceof TaskOutcome.Succeeded s) {
      return new Signal.TaskSucceeded(task.taskId(), s.output());
    }
    final TaskOutcome.Failed f = (TaskOutcome.Failed) outcome;
    return new Signal.TaskFailed(task.taskId(), f.error(), f.cause());
  }

  private record Pending(String execId, Signal signal, boolean taskOutcome) {}

  private record Timer(Instant fireAt, long seq, String execId, String timerId)
      implements Comparable<Timer> {
    String key() {
      return execId + "|" + timerId;
    }

    @Override
    public int compareTo(Timer o) {
      final int c = fireAt.compareTo(o.fireAt);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }

  private static final class Exec {
    final String id;
    final ExecutionState state;
    final String parentId;
    final String parentFrame;
    final int index;
    final List<HistoryEvent> history = new ArrayList<>();

    Exec(String id, ExecutionState state, String parentId, String parentFrame, int index) {
      this.id = id;
      this.state = state;
      this.parentId = parentId;
      this.parentFrame = parentFrame;
      this.index = index;
    }
  }

  static boolean isRunning(ExecutionState state) {
    return state.status() == ExecutionStatus.RUNNING;
  }
}
