package io.baton.node.entity;

import akka.Done;
import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.cluster.sharding.typed.javadsl.EntityTypeKey;
import akka.persistence.typed.PersistenceId;
import akka.persistence.typed.RecoveryCompleted;
import akka.persistence.typed.javadsl.CommandHandler;
import akka.persistence.typed.javadsl.EventHandler;
import akka.persistence.typed.javadsl.EventSourcedBehavior;
import akka.persistence.typed.javadsl.RetentionCriteria;
import akka.persistence.typed.javadsl.SignalHandler;
import io.baton.engine.execution.HistoryEvent;
import io.baton.engine.interpreter.Decision;
import io.baton.engine.interpreter.Signal;
import io.baton.node.entity.ExecutionCommands.Command;
import io.baton.persistence.ExecutionEntityState;
import io.baton.persistence.JournalEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One execution, sharded by its ARN. The command handler asks the engine to decide, persists the
 * decision's events in one write and then runs its effects; the event handler folds events in with
 * the engine's apply. Nothing about ASL lives here.
 */
public final class ExecutionEntity
    extends EventSourcedBehavior<Command, JournalEvent, ExecutionEntityState> {
  public static final EntityTypeKey<Command> TYPE_KEY =
      EntityTypeKey.create(Command.class, "Execution");

  /** The most history events one journal row holds. */
  static final int EVENTS_PER_ROW = 500;

  private final ActorContext<Command> ctx;
  private final String executionArn;
  private final ExecutionDeps deps;
  private final Branches branches;
  private final EffectRunner effects;
  private final EndWaiters waiters;
  private final ActorRef<ClusterSharding.ShardCommand> shard;
  private boolean passivating;

  private ExecutionEntity(
      ActorContext<Command> ctx,
      String executionArn,
      ActorRef<ClusterSharding.ShardCommand> shard,
      ExecutionDeps deps) {
    super(PersistenceId.of(TYPE_KEY.name(), executionArn));
    this.ctx = ctx;
    this.shard = shard;
    this.executionArn = executionArn;
    this.deps = deps;
    this.branches = new Branches(ctx, deps.tasks());
    this.effects = new EffectRunner(ctx, executionArn, deps, branches);
    this.waiters = new EndWaiters(ctx);
  }

  public static Behavior<Command> create(
      String executionArn, ActorRef<ClusterSharding.ShardCommand> shard, ExecutionDeps deps) {
    return Behaviors.setup(ctx -> new ExecutionEntity(ctx, executionArn, shard, deps));
  }

  @Override
  public ExecutionEntityState emptyState() {
    return new ExecutionEntityState();
  }

  @Override
  public CommandHandler<Command, JournalEvent, ExecutionEntityState> commandHandler() {
    return new ExecutionCommandHandler(this).build(newCommandHandlerBuilder());
  }

  @Override
  public EventHandler<ExecutionEntityState, JournalEvent> eventHandler() {
    return (state, event) -> state.apply(event);
  }

  /** Snapshots are written as JSON here, on the entity's thread, before the state moves on. */
  @Override
  public akka.persistence.typed.SnapshotAdapter<ExecutionEntityState> snapshotAdapter() {
    return new akka.persistence.typed.SnapshotAdapter<>() {
      @Override
      public Object toJournal(ExecutionEntityState state) {
        return io.baton.persistence.SnapshotData.of(state);
      }

      @Override
      public ExecutionEntityState fromJournal(Object from) {
        return ((io.baton.persistence.SnapshotData) from).restore();
      }
    };
  }

  /**
   * Tags only the events the execution listing needs (its creation and its end), with the
   * execution's listing slice; the listing projection reads the journal by these tags.
   */
  @Override
  public Set<String> tagsFor(JournalEvent event) {
    return deps.listingTags().tagsFor(executionArn, event);
  }

  @Override
  public RetentionCriteria retentionCriteria() {
    return RetentionCriteria.snapshotEvery(deps.snapshotEvery(), 2);
  }

  @Override
  public SignalHandler<ExecutionEntityState> signalHandler() {
    return newSignalHandlerBuilder()
        .onSignal(
            RecoveryCompleted.instance(),
            state -> {
              effects.afterRecovery(state);
              passivateIfEnded(state);
            })
        .build();
  }

  // Package-private helpers for the command handler.

  ActorContext<Command> context() {
    return ctx;
  }

  String executionArn() {
    return executionArn;
  }

  akka.persistence.typed.javadsl.EffectFactories<JournalEvent, ExecutionEntityState> effect() {
    return Effect();
  }

  ExecutionDeps deps() {
    return deps;
  }

  EffectRunner effects() {
    return effects;
  }

  /** After each persisted decision: answer the waiters and let go of an ended execution. */
  void afterPersist(ExecutionEntityState state) {
    waiters.answerIfEnded(state);
    passivateIfEnded(state);
  }

  Branches branches() {
    return branches;
  }

  EndWaiters waiters() {
    return waiters;
  }

  private void passivateIfEnded(ExecutionEntityState state) {
    if (passivating || !state.exists() || !state.execution().status().isTerminal()) {
      return;
    }
    passivating = true;
    ctx.scheduleOnce(
        deps.passivateEndedAfter(), shard, new ClusterSharding.Passivate<>(ctx.getSelf()));
  }

  Decision decide(ExecutionEntityState state, Signal signal) {
    return deps.interpreter().decide(state.execution(), signal, deps.clock().instant(), deps.ids());
  }

  /**
   * A decision's events as journal rows: one row, or one per {@value #EVENTS_PER_ROW} events for a
   * large fan-out, so no single row grows without bound. They are persisted together either way.
   */
  static List<JournalEvent> journal(Decision decision) {
    final List<HistoryEvent> all = decision.events();
    final List<JournalEvent> rows = new ArrayList<>(all.size() / EVENTS_PER_ROW + 1);
    for (int from = 0; from < all.size(); from += EVENTS_PER_ROW) {
      rows.add(
          new JournalEvent.DecisionRecorded(
              all.subList(from, Math.min(all.size(), from + EVENTS_PER_ROW))));
    }
    return rows;
  }

  static Done done() {
    return Done.getInstance();
  }
}
