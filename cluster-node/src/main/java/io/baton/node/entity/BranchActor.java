package io.baton.node.entity;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.Behaviors;
import io.baton.engine.interpreter.Effect;
import io.baton.node.entity.ExecutionCommands.Command;
import io.baton.node.entity.ExecutionCommands.FireTimer;
import io.baton.persistence.JournalEvent;
import java.time.Duration;

/**
 * One running Parallel branch or inline Map iteration: a child actor of its execution entity. It
 * performs its branch's work — task calls and timers due within seconds — and hands every answer
 * (task outcomes, fired timers) to the entity, which alone decides and writes the journal. The
 * entity stops it when the branch ends, is cut, or the execution stops, and with it whatever it
 * still waited for in memory; durable timers and task tokens do not depend on it.
 */
final class BranchActor {
  private BranchActor() {}

  /** Call the branch's task; its outcome comes back here and goes on to the entity. */
  record Dispatch(JournalEvent.ExecutionCreated execution, Effect.InvokeTask task)
      implements Command {}

  /** Fire the branch's timer after {@code delay} (the durable row covers anything longer). */
  record WakeAfter(String timerId, Duration delay) implements Command {}

  static Behavior<Command> create(ActorRef<Command> execution, TaskDispatcher tasks) {
    return Behaviors.setup(
        ctx ->
            Behaviors.receive(Command.class)
                .onMessage(
                    Dispatch.class,
                    d -> {
                      tasks.dispatch(d.execution(), d.task(), ctx.getSelf());
                      return Behaviors.same();
                    })
                .onMessage(
                    WakeAfter.class,
                    w -> {
                      final FireTimer fire =
                          new FireTimer(w.timerId(), ctx.getSystem().ignoreRef());
                      if (w.delay().isNegative() || w.delay().isZero()) {
                        execution.tell(fire);
                      } else {
                        ctx.scheduleOnce(w.delay(), ctx.getSelf(), fire);
                      }
                      return Behaviors.same();
                    })
                .onAnyMessage(
                    answer -> {
                      execution.tell(answer);
                      return Behaviors.same();
                    })
                .build());
  }
}
