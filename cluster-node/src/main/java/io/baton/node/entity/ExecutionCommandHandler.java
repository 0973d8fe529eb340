package io.baton.node.entity;

import akka.persistence.typed.javadsl.CommandHandler;
import akka.persistence.typed.javadsl.CommandHandlerBuilder;
import akka.persistence.typed.javadsl.Effect;
import io.baton.engine.definition.StateMachineDefinition;
import io.baton.engine.execution.ExecutionInfo;
import io.baton.engine.execution.ExecutionState;
import io.baton.engine.execution.ExecutionStatus;
import io.baton.engine.execution.Frame;
import io.baton.engine.execution.FramePhase;
import io.baton.engine.interpreter.Decision;
import io.baton.engine.interpreter.Signal;
import io.baton.engine.json.Json;
import io.baton.node.entity.ExecutionCommands.Accepted;
import io.baton.node.entity.ExecutionCommands.AwaitEnd;
import io.baton.node.entity.ExecutionCommands.AwaitExpired;
import io.baton.node.entity.ExecutionCommands.ChildCompleted;
import io.baton.node.entity.ExecutionCommands.ChildStartAnswered;
import io.baton.node.entity.ExecutionCommands.Command;
import io.baton.node.entity.ExecutionCommands.Create;
import io.baton.node.entity.ExecutionCommands.CreateReply;
import io.baton.node.entity.ExecutionCommands.Describe;
import io.baton.node.entity.ExecutionCommands.FireTimer;
import io.baton.node.entity.ExecutionCommands.Stop;
import io.baton.node.entity.ExecutionCommands.TaskUpdate;
import io.baton.node.entity.ExecutionCommands.Wake;
import io.baton.persistence.ExecutionEntityState;
import io.baton.persistence.JournalEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The execution entity's commands: each one is decide → persist → run effects → reply. */
final class ExecutionCommandHandler {
  private final ExecutionEntity entity;

  ExecutionCommandHandler(ExecutionEntity entity) {
    this.entity = entity;
  }

  CommandHandler<Command, JournalEvent, ExecutionEntityState> build(
      CommandHandlerBuilder<Command, JournalEvent, ExecutionEntityState> builder) {
    return builder
        .forAnyState()
        .onCommand(Create.class, this::create)
        .onCommand(Describe.class, (s, c) -> entity.effect().reply(c.replyTo(), Views.of(s)))
        .onCommand(AwaitEnd.class, this::awaitEnd)
        .onCommand(
            AwaitExpired.class,
            (s, c) ->
                entity
                    .effect()
                    .none()
                    .thenRun(state -> entity.waiters().expire(c.waiterId(), state)))
        .onCommand(TaskUpdate.class, this::taskUpdate)
        .onCommand(FireTimer.class, this::fireTimer)
        .onCommand(Stop.class, this::stop)
        .onCommand(ChildCompleted.class, this::childCompleted)
        .onCommand(Wake.class, this::wake)
        .onCommand(ChildStartAnswered.class, this::childStartAnswered)
        .onCommand(
            ExecutionCommands.ListBranches.class,
            (s, c) ->
                entity
                    .effect()
                    .reply(
                        c.replyTo(), new ExecutionCommands.BranchList(entity.branches().paths())))
        .build();
  }

  private Effect<JournalEvent, ExecutionEntityState> create(ExecutionEntityState s, Create c) {
    final JournalEvent.ExecutionCreated created = c.created();
    if (s.exists()) {
      final boolean running = s.execution().status() == ExecutionStatus.RUNNING;
      final boolean same = running && s.created().input().equals(created.input());
      return entity
          .effect()
          .none()
          // A parent Map that starts an ended child again did not get its report (it was lost
          // with a node): report again; the parent counts each child once.
          .thenRun(
              state -> {
                if (!running && created.parentExecutionArn() != null) {
                  entity.effects().redeliver(state);
                }
              })
          .thenReply(
              c.replyTo(),
              state ->
                  new CreateReply(
                      same
                          ? CreateReply.Outcome.ALREADY_RUNNING_SAME_INPUT
                          : CreateReply.Outcome.ALREADY_EXISTS,
                      s.created().startMillis(),
                      "Execution Already Exists: '" + created.executionArn() + "'"));
    }
    final StateMachineDefinition definition;
    try {
      definition = ExecutionEntityState.parse(created.definition());
    } catch (RuntimeException e) {
      return entity
          .effect()
          .reply(c.replyTo(), new CreateReply(CreateReply.Outcome.INVALID, 0, e.getMessage()));
    }
    final ExecutionInfo info =
        new ExecutionInfo(
            created.executionArn(),
            created.name(),
            created.stateMachineArn(),
            created.stateMachineArn().substring(created.stateMachineArn().lastIndexOf(':') + 1),
            created.roleArn(),
            Json.parse(created.input()),
            Instant.ofEpochMilli(created.startMillis()),
            0);
    final Decision decision =
        entity
            .deps()
            .interpreter()
            .decide(
                new ExecutionState(definition),
                new Signal.Start(info),
                entity.deps().clock().instant(),
                entity.deps().ids());
    final List<JournalEvent> events = new ArrayList<>();
    events.add(created);
    events.addAll(ExecutionEntity.journal(decision));
    return entity
        .effect()
        .persist(events)
        .thenRun(
            state -> {
              entity.effects().created(state, decision.effects());
              entity.afterPersist(state);
            })
        .thenReply(
            c.replyTo(),
            state -> new CreateReply(CreateReply.Outcome.CREATED, created.startMillis(), ""));
  }

  /** An unknown or ended execution is answered at once; a running one when it ends. */
  private Effect<JournalEvent, ExecutionEntityState> awaitEnd(ExecutionEntityState s, AwaitEnd c) {
    if (!s.exists() || s.execution().status().isTerminal()) {
      return entity.effect().reply(c.replyTo(), Views.of(s, false));
    }
    return entity
        .effect()
        .none()
        .thenRun(state -> entity.waiters().add(c.replyTo(), Duration.ofMillis(c.timeoutMillis())));
  }

  private Effect<JournalEvent, ExecutionEntityState> taskUpdate(
      ExecutionEntityState s, TaskUpdate c) {
    if (!s.exists() || !awaits(s.execution(), c.taskId(), "STARTED".equals(c.kind()))) {
      return replyIfAsked(c, new Accepted(false, s.exists() ? s.execution().status().name() : ""));
    }
    final Signal signal;
    switch (c.kind()) {
      case "SUCCEEDED":
        signal = new Signal.TaskSucceeded(c.taskId(), Json.parse(c.output()));
        break;
      case "FAILED":
        signal = new Signal.TaskFailed(c.taskId(), nn(c.error()), nn(c.cause()));
        break;
      case "HEARTBEAT":
        signal = new Signal.TaskHeartbeat(c.taskId());
        break;
      default:
        signal = new Signal.TaskStarted(c.taskId(), c.workerName());
        break;
    }
    return persist(s, signal)
        .thenRun(
            state -> {
              if (c.replyTo() != null) {
                c.replyTo().tell(new Accepted(true, state.execution().status().name()));
              }
            });
  }

  private Effect<JournalEvent, ExecutionEntityState> replyIfAsked(TaskUpdate c, Accepted answer) {
    if (c.replyTo() == null) {
      return entity.effect().none();
    }
    return entity.effect().reply(c.replyTo(), answer);
  }

  private Effect<JournalEvent, ExecutionEntityState> fireTimer(
      ExecutionEntityState s, FireTimer c) {
    if (!s.exists() || s.execution().status().isTerminal()) {
      return entity.effect().reply(c.replyTo(), ExecutionEntity.done());
    }
    return persist(s, new Signal.TimerFired(c.timerId()))
        .thenReply(c.replyTo(), state -> ExecutionEntity.done());
  }

  /**
   * Sends again what a lost node may have dropped: activity tasks (their queue may have been on it)
   * and a finished child's report to its parent.
   */
  private Effect<JournalEvent, ExecutionEntityState> wake(ExecutionEntityState s, Wake c) {
    return entity
        .effect()
        .none()
        .thenRun(state -> entity.effects().redeliver(state))
        .thenReply(c.replyTo(), state -> ExecutionEntity.done());
  }

  private Effect<JournalEvent, ExecutionEntityState> childStartAnswered(
      ExecutionEntityState s, ChildStartAnswered c) {
    if (c.confirmed()) {
      return entity.effect().none();
    }
    return entity
        .effect()
        .none()
        .thenRun(state -> entity.effects().restartChild(state, c.framePath(), c.index()));
  }

  private Effect<JournalEvent, ExecutionEntityState> stop(ExecutionEntityState s, Stop c) {
    if (!s.exists() || s.execution().status().isTerminal()) {
      return entity.effect().reply(c.replyTo(), Views.of(s));
    }
    return persist(s, new Signal.Stop(nn(c.error()), nn(c.cause())))
        .thenReply(c.replyTo(), Views::of);
  }

  private Effect<JournalEvent, ExecutionEntityState> childCompleted(
      ExecutionEntityState s, ChildCompleted c) {
    if (!s.exists() || s.execution().status().isTerminal()) {
      return entity.effect().none();
    }
    return persist(
        s,
        new Signal.ChildExecutionCompleted(
            c.framePath(),
            c.index(),
            ExecutionStatus.valueOf(c.status()),
            c.output() == null ? null : Json.parse(c.output()),
            c.error(),
            c.cause()));
  }

  /** Decides on a signal, persists the events in one write, then runs the effects. */
  private akka.persistence.typed.javadsl.EffectBuilder<JournalEvent, ExecutionEntityState> persist(
      ExecutionEntityState s, Signal signal) {
    final Decision decision = entity.decide(s, signal);
    if (decision.events().isEmpty()) {
      return entity
          .effect()
          .none()
          .thenRun(state -> entity.effects().run(state, decision.effects()));
    }
    return entity
        .effect()
        .persist(ExecutionEntity.journal(decision))
        .thenRun(
            state -> {
              entity.effects().run(state, decision.effects());
              entity.afterPersist(state);
            });
  }

  /** Whether the task is still awaited (and, for a start, not yet taken by a worker). */
  private static boolean awaits(ExecutionState execution, String taskId, boolean start) {
    for (Frame f : execution.frames()) {
      if (taskId.equals(f.taskId()) && f.phase() == FramePhase.TASK) {
        return !start || !f.taskStarted();
      }
    }
    return false;
  }

  private static String nn(String s) {
    return s == null ? "" : s;
  }
}
