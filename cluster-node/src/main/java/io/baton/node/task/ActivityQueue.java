package io.baton.node.task;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.Behaviors;
import akka.cluster.sharding.typed.javadsl.EntityTypeKey;
import io.baton.node.CborSerializable;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;

/**
 * The task queue of one activity (sharded by activity ARN): tasks wait for workers and workers
 * long-poll for tasks. Not persistent: a queued task lives in its execution's journal, and the
 * execution offers it again after a restart; a task already seen (the same task id of the same
 * execution) is not queued twice. Queues are never passivated, so a task waits for its worker
 * however long that takes.
 */
public final class ActivityQueue {
  public static final EntityTypeKey<Command> TYPE_KEY =
      EntityTypeKey.create(Command.class, "ActivityQueue");

  private static final int SEEN_LIMIT = 100_000;

  public interface Command extends CborSerializable {}

  /** A task for a worker: its token, its input (JSON text), and where it came from. */
  public record Task(String taskToken, String input, String executionArn, String taskId)
      implements CborSerializable {}

  public record Offer(Task task) implements Command {}

  /**
   * The execution no longer waits for this task (stopped, timed out, or its branch was cut): drop
   * it if no worker has taken it, and never queue it if its offer comes later.
   */
  public record Withdraw(String executionArn, String taskId) implements Command {}

  /** A worker's poll; answered with a task or with empty after {@code timeout}. */
  public record Poll(String pollId, String workerName, Duration timeout, ActorRef<Polled> replyTo)
      implements Command {}

  public record Polled(Optional<Task> task) implements CborSerializable {}

  private record PollExpired(String pollId) implements Command {}

  /** A task whose start could not be recorded (its execution did not answer): it waits again. */
  private record Requeue(Task task) implements Command {}

  private ActivityQueue() {}

  /** {@code started} is told (execution, task id, worker) when a worker takes a task. */
  public static Behavior<Command> create(TaskStarted started) {
    return Behaviors.setup(
        ctx ->
            Behaviors.withTimers(
                timers -> {
                  final Deque<Task> tasks = new ArrayDeque<>();
                  final Map<String, Poll> polls = new LinkedHashMap<>();
                  final Map<String, Boolean> seen =
                      new LinkedHashMap<>(16, 0.75f, false) {
                        @Override
                        protected boolean removeEldestEntry(Map.Entry<String, Boolean> e) {
                          return size() > SEEN_LIMIT;
                        }
                      };
                  return Behaviors.receive(Command.class)
                      .onMessage(
                          Offer.class,
                          offer -> {
                            if (seen.put(seenKey(offer.task()), true) != null) {
                              return Behaviors.same();
                            }
                            if (polls.isEmpty()) {
                              tasks.addLast(offer.task());
                            } else {
                              final Poll poll = polls.remove(polls.keySet().iterator().next());
                              timers.cancel(poll.pollId());
                              hand(poll, offer.task(), started, ctx.getSelf());
                            }
                            return Behaviors.same();
                          })
                      .onMessage(
                          Requeue.class,
                          requeue -> {
                            // Still seen: the execution's own offers after a recovery are
                            // ignored, and this one goes first, as it was offered first.
                            if (polls.isEmpty()) {
                              tasks.addFirst(requeue.task());
                            } else {
                              final Poll poll = polls.remove(polls.keySet().iterator().next());
                              timers.cancel(poll.pollId());
                              hand(poll, requeue.task(), started, ctx.getSelf());
                            }
                            return Behaviors.same();
                          })
                      .onMessage(
                          Withdraw.class,
                          withdraw -> {
                            seen.put(seenKey(withdraw.executionArn(), withdraw.taskId()), true);
                            tasks.removeIf(
                                t ->
                                    t.executionArn().equals(withdraw.executionArn())
                                        && t.taskId().equals(withdraw.taskId()));
                            return Behaviors.same();
                          })
                      .onMessage(
                          Poll.class,
                          poll -> {
                            if (!tasks.isEmpty()) {
                              hand(poll, tasks.removeFirst(), started, ctx.getSelf());
                            } else {
                              polls.put(poll.pollId(), poll);
                              timers.startSingleTimer(
                                  poll.pollId(), new PollExpired(poll.pollId()), poll.timeout());
                            }
                            return Behaviors.same();
                          })
                      .onMessage(
                          PollExpired.class,
                          expired -> {
                            final Poll poll = polls.remove(expired.pollId());
                            if (poll != null) {
                              poll.replyTo().tell(new Polled(Optional.empty()));
                            }
                            return Behaviors.same();
                          })
                      .build();
                }));
  }

  /** Task ids are unique within their execution only, so a task is known by both. */
  private static String seenKey(Task task) {
    return seenKey(task.executionArn(), task.taskId());
  }

  private static String seenKey(String executionArn, String taskId) {
    return executionArn + '\n' + taskId;
  }

  /**
   * Records ActivityStarted in the execution before the worker sees the task, so the worker's
   * answer can never overtake it. When the execution does not answer (its node was lost, its shard
   * is moving), the task goes back to the queue: dropping it would leave the execution waiting for
   * its task timeout, since its own offer of the same task is ignored as seen.
   */
  private static void hand(Poll poll, Task task, TaskStarted started, ActorRef<Command> queue) {
    started
        .apply(task, poll.workerName())
        .whenComplete(
            (accepted, error) -> {
              if (error != null) {
                queue.tell(new Requeue(task));
              }
              poll.replyTo()
                  .tell(
                      new Polled(
                          error == null && Boolean.TRUE.equals(accepted)
                              ? Optional.of(task)
                              : Optional.empty()));
            });
  }

  /**
   * Tells an execution that a worker took one of its tasks; completes with whether the execution
   * still awaited it (a stopped execution's task, or one already taken, is not handed out).
   */
  public interface TaskStarted extends BiFunction<Task, String, CompletionStage<Boolean>> {}
}
