package io.baton.node.cluster;

import akka.Done;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.cluster.ClusterEvent;
import akka.cluster.Member;
import akka.cluster.MemberStatus;
import akka.cluster.typed.Cluster;
import akka.cluster.typed.Subscribe;
import akka.stream.javadsl.Sink;
import akka.stream.javadsl.Source;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

/**
 * When a member leaves the cluster or is downed, the oldest surviving member wakes every running
 * execution.
 *
 * <ul>
 *   <li>Why: activity task queues live in memory. A queue that was on the lost node starts empty on
 *       a survivor, and its tasks come back only when their executions offer them again, which a
 *       wake does. Executions that lived on the lost node also recover at once rather than at their
 *       next timer or answer.
 *   <li>A wake is idempotent: a queue ignores a task it has already seen, and the execution writes
 *       nothing.
 *   <li>Only the oldest member wakes, so each loss costs one pass over the running executions.
 * </ul>
 */
public final class NodeLossRecovery {
  private NodeLossRecovery() {}

  /** Wakes one execution; completes when it has answered. */
  public interface Waker extends Function<String, CompletionStage<Done>> {}

  private record Woken(int count, Throwable failure) {}

  public static Behavior<Object> create(
      Supplier<CompletionStage<List<String>>> running, Waker waker, int parallelism) {
    return Behaviors.setup(
        ctx -> {
          Cluster.get(ctx.getSystem())
              .subscriptions()
              .tell(Subscribe.create(ctx.getSelf().narrow(), ClusterEvent.MemberRemoved.class));
          return Behaviors.receive(Object.class)
              .onMessage(
                  ClusterEvent.MemberRemoved.class,
                  removed -> {
                    if (isOldestSurvivor(ctx.getSystem(), removed.member())) {
                      ctx.getLog()
                          .info(
                              "{} left the cluster ({}): waking the running executions",
                              removed.member().address(),
                              removed.previousStatus());
                      wakeAll(ctx, running, waker, parallelism);
                    }
                    return Behaviors.same();
                  })
              .onMessage(
                  Woken.class,
                  woken -> {
                    if (woken.failure() != null) {
                      ctx.getLog().warn("Waking running executions failed", woken.failure());
                    } else {
                      ctx.getLog().info("Woke {} running executions", woken.count());
                    }
                    return Behaviors.same();
                  })
              .build();
        });
  }

  private static void wakeAll(
      ActorContext<Object> ctx,
      Supplier<CompletionStage<List<String>>> running,
      Waker waker,
      int parallelism) {
    final ActorSystem<?> system = ctx.getSystem();
    final CompletionStage<Integer> done =
        running
            .get()
            .thenCompose(
                arns ->
                    Source.from(arns)
                        .mapAsyncUnordered(
                            parallelism,
                            arn ->
                                waker
                                    .apply(arn)
                                    .exceptionally(e -> Done.getInstance())
                                    .thenApply(d -> 1))
                        .runWith(Sink.fold(0, Integer::sum), system));
    ctx.pipeToSelf(done, (count, failure) -> new Woken(count == null ? 0 : count, failure));
  }

  /** Whether this node is the oldest Up member once {@code gone} is out. */
  static boolean isOldestSurvivor(ActorSystem<?> system, Member gone) {
    final Cluster cluster = Cluster.get(system);
    final Optional<Member> oldest =
        StreamSupport.stream(cluster.state().getMembers().spliterator(), false)
            .filter(m -> m.status() == MemberStatus.up())
            .filter(m -> !m.uniqueAddress().equals(gone.uniqueAddress()))
            .reduce((a, b) -> a.isOlderThan(b) ? a : b);
    return oldest.isPresent() && oldest.get().equals(cluster.selfMember());
  }
}
