package io.baton.node.entity;

import akka.actor.Cancellable;
import akka.actor.typed.ActorRef;
import akka.actor.typed.javadsl.ActorContext;
import io.baton.node.entity.ExecutionCommands.AwaitExpired;
import io.baton.node.entity.ExecutionCommands.Command;
import io.baton.node.entity.ExecutionCommands.View;
import io.baton.persistence.ExecutionEntityState;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The callers waiting for an execution to end (AwaitExecution). They are kept in the entity's
 * memory only, never in its state or journal: a waiter lost with a passivated entity or a stopped
 * node just reaches its own timeout and asks again. Each waiter is answered exactly once, by the
 * end or by its timer, whichever comes first.
 */
final class EndWaiters {
  private record Waiter(ActorRef<View> replyTo, Cancellable timer) {}

  private final ActorContext<Command> ctx;
  private final Map<Long, Waiter> waiting = new HashMap<>();
  private long nextId;

  EndWaiters(ActorContext<Command> ctx) {
    this.ctx = ctx;
  }

  void add(ActorRef<View> replyTo, Duration timeout) {
    final long id = nextId++;
    final Cancellable timer = ctx.scheduleOnce(timeout, ctx.getSelf(), new AwaitExpired(id));
    waiting.put(id, new Waiter(replyTo, timer));
  }

  /** The waiter's time is up: it gets the execution as it is now. */
  void expire(long id, ExecutionEntityState state) {
    final Waiter waiter = waiting.remove(id);
    if (waiter != null) {
      waiter.replyTo().tell(Views.of(state, false));
    }
  }

  /** Answers every waiter once the state is terminal; called after each persisted decision. */
  void answerIfEnded(ExecutionEntityState state) {
    if (waiting.isEmpty() || !state.exists() || !state.execution().status().isTerminal()) {
      return;
    }
    final View view = Views.of(state, false);
    for (Waiter waiter : waiting.values()) {
      waiter.timer().cancel();
      waiter.replyTo().tell(view);
    }
    waiting.clear();
  }
}
