package io.baton.node.entity;

import akka.actor.typed.javadsl.ActorContext;
import io.baton.engine.execution.ExecutionStatus;
import io.baton.engine.execution.Frame;
import io.baton.engine.interpreter.Effect;
import io.baton.engine.json.Json;
import io.baton.node.db.Retried;
import io.baton.node.entity.ExecutionCommands.Command;
import io.baton.persistence.ExecutionEntityState;
import io.baton.persistence.JournalEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an execution's effects into node actions after its events are persisted: durable timers,
 * task dispatch, child executions, and telling a parent Map that a child ended. Effects are
 * at-most-once here; what must happen is regenerated from state after a recovery. The listing row
 * is not written here: the listing projection derives it from the journal.
 */
final class EffectRunner {
  /** Timers due sooner than this are also kept in memory, so they fire on time. */
  private static final Duration NEAR = Duration.ofSeconds(2);

  private static final int TIMER_WRITE_ATTEMPTS = 25;

  /** How long a child start may go unanswered before it is sent again. */
  private static final Duration CHILD_START_TIMEOUT = Duration.ofSeconds(3);

  private final ActorContext<Command> ctx;
  private final String executionArn;
  private final ExecutionDeps deps;
  private final Branches branches;

  EffectRunner(
      ActorContext<Command> ctx, String executionArn, ExecutionDeps deps, Branches branches) {
    this.ctx = ctx;
    this.executionArn = executionArn;
    this.deps = deps;
    this.branches = branches;
  }

  void created(ExecutionEntityState state, List<Effect> effects) {
    run(state, effects);
  }

  void afterRecovery(ExecutionEntityState state) {
    if (!state.exists()) {
      return;
    }
    if (state.execution().status() == ExecutionStatus.RUNNING) {
      // Regenerated effects include starting the Distributed Map children still awaited: a start
      // lost with a node is repeated, and a child that already ended reports again.
      run(state, deps.interpreter().regenerate(state.execution()));
    } else if (state.created().parentExecutionArn() != null) {
      // The report to the parent Map may have been lost with a node; the parent ignores repeats.
      reportEnded(state);
    }
  }

  /** Tells the parent Map how this ended child execution ended. */
  void reportEnded(ExecutionEntityState state) {
    reportToParent(
        state,
        state.execution().status(),
        state.execution().output().map(Json::write).orElse(null),
        state.execution().error().orElse(null),
        state.execution().cause().orElse(null));
  }

  /**
   * Sends again what a lost node may have dropped: the outstanding activity tasks to their queues
   * (a queue lives in memory), and a finished child's report to its parent Map. Each receiver
   * ignores a repeat (a queue drops a task id it has seen, a parent counts each child once). Child
   * starts need nothing here: a parent repeats an unanswered start by itself.
   */
  void redeliver(ExecutionEntityState state) {
    if (!state.exists()) {
      return;
    }
    if (state.execution().status() != ExecutionStatus.RUNNING) {
      if (state.created().parentExecutionArn() != null) {
        reportToParent(
            state,
            state.execution().status(),
            state.execution().output().map(Json::write).orElse(null),
            state.execution().error().orElse(null),
            state.execution().cause().orElse(null));
      }
      return;
    }
    if (state.created().mockTestCase() != null) {
      return;
    }
    for (Effect effect : deps.interpreter().regenerate(state.execution())) {
      if (effect instanceof Effect.InvokeTask task && task.isActivity()) {
        dispatch(state, task);
      }
    }
  }

  /**
   * Runs what a persisted decision asks for. The branch children are brought in line with the state
   * first, so a branch's task calls and near timers go to the child that runs it.
   */
  void run(ExecutionEntityState state, List<Effect> effects) {
    if (state.exists()) {
      branches.reconcile(state.execution());
    }
    Map<String, String> timerFrames = null;
    for (Effect effect : effects) {
      if (effect instanceof Effect.StartTimer t) {
        if (timerFrames == null) {
          timerFrames = timerFrames(state);
        }
        startTimer(t, timerFrames.getOrDefault(t.timerId(), ""));
      } else if (effect instanceof Effect.CancelTimer t) {
        deps.timers().delete(executionArn, t.timerId());
      } else if (effect instanceof Effect.InvokeTask task) {
        dispatch(state, task);
      } else if (effect instanceof Effect.CancelTask task) {
        deps.tasks().withdraw(state.created(), task);
      } else if (effect instanceof Effect.StartChildExecution child) {
        startChild(state, child);
      } else if (effect instanceof Effect.StopChildExecution child) {
        stopChild(child);
      } else if (effect instanceof Effect.ExecutionEnded ended) {
        ended(state, ended);
      }
    }
  }

  /** A task call goes to the child running its branch, or is made here for the top level. */
  private void dispatch(ExecutionEntityState state, Effect.InvokeTask task) {
    final var branch = branches.of(task.framePath());
    if (branch.isPresent()) {
      branch.get().tell(new BranchActor.Dispatch(state.created(), task));
    } else {
      deps.tasks().dispatch(state.created(), task, ctx.getSelf());
    }
  }

  /** Which branch each open timer belongs to (none are looked up without branch children). */
  private Map<String, String> timerFrames(ExecutionEntityState state) {
    if (branches.isEmpty() || !state.exists()) {
      return Map.of();
    }
    final Map<String, String> frames = new HashMap<>();
    for (Frame f : state.execution().frames()) {
      if (!f.isRoot()) {
        for (String id : new String[] {f.timerId(), f.timeoutTimerId(), f.heartbeatTimerId()}) {
          if (id != null) {
            frames.put(id, f.path());
          }
        }
      }
    }
    return frames;
  }

  private void startTimer(Effect.StartTimer t, String framePath) {
    final Instant now = deps.clock().instant();
    Instant fireAt = t.fireAt();
    // The execution timeout scales too, so a Wait still outlasts it when both are shrunk.
    final boolean scalable =
        t.timerId().startsWith("wait:")
            || t.timerId().startsWith("retry:")
            || t.timerId().equals("execution-timeout");
    if (scalable && deps.waitTimeScale() != 1.0 && fireAt.isAfter(now)) {
      final long millis = Duration.between(now, fireAt).toMillis();
      fireAt = now.plusMillis((long) (millis * deps.waitTimeScale()));
    }
    final Duration delay = Duration.between(now, fireAt);
    final var branch = branches.of(framePath);
    if (delay.compareTo(NEAR) < 0 && branch.isPresent()) {
      branch.get().tell(new BranchActor.WakeAfter(t.timerId(), delay));
    } else if (delay.compareTo(NEAR) < 0) {
      final var message = new ExecutionCommands.FireTimer(t.timerId(), ctx.getSystem().ignoreRef());
      if (delay.isNegative() || delay.isZero()) {
        ctx.getSelf().tell(message);
      } else {
        ctx.scheduleOnce(delay, ctx.getSelf(), message);
      }
    }
    if (!delay.isNegative() && !delay.isZero()) {
      final Instant due = fireAt;
      // Nothing else writes this row again while the node lives, so a failed write is repeated
      // (for about ten minutes); after that only a recovery of the execution brings it back.
      Retried.write(
              () -> deps.timers().upsert(executionArn, t.timerId(), due),
              TIMER_WRITE_ATTEMPTS,
              Duration.ofMillis(200),
              Duration.ofSeconds(30))
          .whenComplete(
              (ok, failure) -> {
                if (failure != null) {
                  ctx.getSystem()
                      .log()
                      .error(
                          "Could not write timer {} of {}: it fires after the next recovery",
                          t.timerId(),
                          executionArn,
                          failure);
                }
              });
    }
  }

  private void startChild(ExecutionEntityState state, Effect.StartChildExecution child) {
    final JournalEvent.ExecutionCreated parent = state.created();
    final String childArn = childArn(child.executionName());
    final JournalEvent.ExecutionCreated created =
        new JournalEvent.ExecutionCreated(
            Json.write(child.machine().source()),
            parent.stateMachineArn(),
            parent.revisionId(),
            childArn,
            child.executionName(),
            Json.write(child.input()),
            parent.roleArn(),
            parent.mockTestCase(),
            executionArn,
            child.framePath(),
            child.index(),
            deps.clock().millis());
    // Asked rather than told: a start lost with a node comes back as unanswered and is repeated
    // (ChildStartAnswered) until the child exists.
    ctx.ask(
        ExecutionCommands.CreateReply.class,
        deps.sharding().entityRefFor(ExecutionEntity.TYPE_KEY, childArn),
        CHILD_START_TIMEOUT,
        replyTo -> new ExecutionCommands.Create(created, replyTo),
        (reply, failure) ->
            new ExecutionCommands.ChildStartAnswered(
                child.framePath(), child.index(), failure == null));
  }

  /** Starts running child {@code index} of frame {@code framePath} again, if it still runs. */
  void restartChild(ExecutionEntityState state, String framePath, int index) {
    if (!state.exists() || state.execution().status() != ExecutionStatus.RUNNING) {
      return;
    }
    for (Effect effect : deps.interpreter().regenerate(state.execution())) {
      if (effect instanceof Effect.StartChildExecution child
          && child.framePath().equals(framePath)
          && child.index() == index) {
        startChild(state, child);
      }
    }
  }

  /**
   * Aborts a Distributed Map child that still runs. It reports ABORTED back like any child that
   * ends, and the parent ignores that: it no longer waits for this child.
   */
  private void stopChild(Effect.StopChildExecution child) {
    deps.sharding()
        .entityRefFor(ExecutionEntity.TYPE_KEY, childArn(child.executionName()))
        .tell(new ExecutionCommands.Stop("", "", ctx.getSystem().ignoreRef()));
  }

  /** A child execution's ARN: the parent's, then its name (unique within the parent). */
  private String childArn(String executionName) {
    return executionArn + "/" + executionName;
  }

  private void ended(ExecutionEntityState state, Effect.ExecutionEnded ended) {
    deps.tasks().forget(executionArn);
    final JournalEvent.ExecutionCreated created = state.created();
    if (created.parentExecutionArn() != null) {
      reportToParent(
          state,
          ended.status(),
          ended.output().map(Json::write).orElse(null),
          ended.error().orElse(null),
          ended.cause().orElse(null));
    }
  }

  private void reportToParent(
      ExecutionEntityState state,
      ExecutionStatus status,
      String output,
      String error,
      String cause) {
    final JournalEvent.ExecutionCreated created = state.created();
    deps.sharding()
        .entityRefFor(ExecutionEntity.TYPE_KEY, created.parentExecutionArn())
        .tell(
            new ExecutionCommands.ChildCompleted(
                created.parentFrame(), created.parentIndex(), status.name(), output, error, cause));
  }
}
