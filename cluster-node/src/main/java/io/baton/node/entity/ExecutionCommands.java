package io.baton.node.entity;

import akka.Done;
import akka.actor.typed.ActorRef;
import io.baton.node.CborSerializable;
import io.baton.persistence.JournalEvent;

/** The messages an execution entity accepts, and its replies. All cross nodes as CBOR. */
public final class ExecutionCommands {
  private ExecutionCommands() {}

  public interface Command extends CborSerializable {}

  /** Create the execution (idempotent on the same name and input while it runs). */
  public record Create(JournalEvent.ExecutionCreated created, ActorRef<CreateReply> replyTo)
      implements Command {}

  public record CreateReply(Outcome outcome, long startMillis, String message)
      implements CborSerializable {
    public enum Outcome {
      CREATED,
      ALREADY_RUNNING_SAME_INPUT,
      ALREADY_EXISTS,
      INVALID
    }
  }

  public record Describe(ActorRef<View> replyTo) implements Command {}

  /** What DescribeExecution shows; {@code exists} is false for an unknown execution. */
  public record View(
      boolean exists,
      String executionArn,
      String stateMachineArn,
      String name,
      String status,
      long startMillis,
      long stopMillis,
      String input,
      String output,
      String error,
      String cause,
      String revisionId,
      String definition)
      implements CborSerializable {}

  /**
   * Answer with the view once the execution has ended, or with the current view after {@code
   * timeoutMillis}. Waiters live in the entity's memory only; an unknown or ended execution is
   * answered at once.
   */
  public record AwaitEnd(long timeoutMillis, ActorRef<View> replyTo) implements Command {}

  /** A task outcome: kind is SUCCEEDED, FAILED, HEARTBEAT or STARTED. */
  public record TaskUpdate(
      String taskId,
      String kind,
      String output,
      String error,
      String cause,
      String workerName,
      ActorRef<Accepted> replyTo)
      implements Command {}

  /** Whether a task update found its task still waiting (else the token is stale). */
  public record Accepted(boolean accepted, String executionStatus) implements CborSerializable {}

  public record FireTimer(String timerId, ActorRef<Done> replyTo) implements Command {}

  public record Stop(String error, String cause, ActorRef<View> replyTo) implements Command {}

  public record ChildCompleted(
      String framePath, int index, String status, String output, String error, String cause)
      implements Command {}

  /** The entity's own reminder that a waiter's time is up; never sent from outside. */
  record AwaitExpired(long waiterId) implements Command {}

  /**
   * Whether a Distributed Map child answered its start ({@code confirmed}); one that did not (its
   * shard was on a lost node) is started again. Sent by the parent to itself.
   */
  public record ChildStartAnswered(String framePath, int index, boolean confirmed)
      implements Command {}

  /**
   * Wake an execution: a passivated one recovers and regenerates its timers, tasks and children;
   * any one sends again what a lost node may have dropped (see EffectRunner.redeliver).
   */
  public record Wake(ActorRef<Done> replyTo) implements Command {}

  /**
   * Which branch children the execution runs now (frame paths, sorted): an operator's and a test's
   * view of the Parallel branches and Map iterations in flight.
   */
  public record ListBranches(ActorRef<BranchList> replyTo) implements Command {}

  public record BranchList(java.util.List<String> framePaths) implements CborSerializable {}
}
