package io.baton.node.entity;

import akka.actor.typed.ActorRef;
import io.baton.engine.interpreter.Effect;
import io.baton.persistence.JournalEvent;

/**
 * Hands an execution's task calls to whatever performs them: activity queues, callbacks that wait
 * for a token, the mock file. Outcomes come back to {@code self} as {@link
 * ExecutionCommands.TaskUpdate}.
 */
public interface TaskDispatcher {
  void dispatch(
      JournalEvent.ExecutionCreated execution,
      Effect.InvokeTask task,
      ActorRef<ExecutionCommands.Command> self);

  /**
   * The execution no longer waits for a task it dispatched (the state timed out, was cut, or the
   * execution ended): take it back from whoever has not started it yet.
   */
  void withdraw(JournalEvent.ExecutionCreated execution, Effect.CancelTask task);

  /** The execution ended: forget anything kept for it (mock invocation counts). */
  void forget(String executionArn);
}
