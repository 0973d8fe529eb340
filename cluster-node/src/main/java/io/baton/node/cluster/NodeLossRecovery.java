package io.baton.node.cluster;

import akka.Done;
import akka.actor.Address;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a member leaves the cluster or is downed, the oldest surviving member wakes the running
 * executions that lived on it, and the others too when it hosted an activity queue.
 *
 * <ul>
 *   <li>Why: activity task queues live in memory, and so do messages in flight. A queue that was on
 *       the lost node starts empty on a survivor, and a report a child sent to a parent there was
 *       dropped; a wake sends them again (a parent repeats an unanswered child start by itself).
 *       Executions that lived on the lost node also recover at once rather than at their next timer
 *       or answer.
 *   <li>A wake is idempotent: a queue ignores a task it has already seen, a child that exists
 *       ignores a start, a parent counts each child once, and the execution writes nothing.
 *   <li>Only the oldest member wakes, so each loss costs at most one pass over the running
 *       executions. Which shards each member hosts is looked up every {@link #SHARDS_EVERY}, so
 *       that after a loss the executions that must recover on a survivor are woken first, and the
 *       others only when needed: waking them all loads the survivors just when they take over.
 * </ul>
 */
public final class NodeLossRecovery {
  static final Duration SHARDS_EVERY = Duration.ofSeconds(3);

  // A named logger: the actor context's would be named after Akka's timer wrapper.
  private static final Logger LOG = LoggerFactory.getLogger(NodeLossRecovery.class);

  private NodeLossRecovery() {}

  /** Wakes one execution; completes when it has answered. */
  public interface Waker extends Function<String, CompletionStage<Done>> {}

  /** Which execution shards each member hosts now, and which members host activity queues. */
  public interface ShardLocations extends Supplier<CompletionStage<Located>> {}

  /** Where shards were at the last look. */
  public record Located(Map<Address, Set<String>> executionShards, Set<Address> queueHosts) {
    static final Located UNKNOWN = new Located(Map.of(), Set.of());
  }

  /** What to wake after a loss: the lost member's execution shards, and whether all the others. */
  record Plan(Set<String> lostShards, boolean wakeOthers) {}

  private record Woken(int lost, int count, long millis, Throwable failure) {}

  private record Locate() {}

  private record Refreshed(Located located) {}

  public static Behavior<Object> create(
      Supplier<CompletionStage<List<String>>> running,
      Waker waker,
      ShardLocations locations,
      Function<String, String> shardOf,
      int parallelism) {
    return Behaviors.setup(
        ctx ->
            Behaviors.withTimers(
                timers -> {
                  Cluster.get(ctx.getSystem())
                      .subscriptions()
                      .tell(
                          Subscribe.create(
                              ctx.getSelf().narrow(), ClusterEvent.MemberRemoved.class));
                  timers.startTimerWithFixedDelay(new Locate(), Duration.ZERO, SHARDS_EVERY);
                  final AtomicReference<Located> known = new AtomicReference<>(Located.UNKNOWN);
                  return Behaviors.receive(Object.class)
                      .onMessage(
                          Locate.class,
                          l -> {
                            ctx.pipeToSelf(
                                locations.get(),
                                (located, failure) ->
                                    new Refreshed(failure == null ? located : null));
                            return Behaviors.same();
                          })
                      .onMessage(
                          Refreshed.class,
                          refreshed -> {
                            if (refreshed.located() != null) {
                              known.set(refreshed.located());
                            }
                            return Behaviors.same();
                          })
                      .onMessage(
                          ClusterEvent.MemberRemoved.class,
                          removed -> {
                            if (isOldestSurvivor(ctx.getSystem(), removed.member())) {
                              final Address address = removed.member().address();
                              LOG.info(
                                  "{} left the cluster ({}): waking the running executions",
                                  address,
                                  removed.previousStatus());
                              wakeAll(
                                  ctx,
                                  running,
                                  waker,
                                  plan(known.get(), address),
                                  shardOf,
                                  parallelism);
                            }
                            return Behaviors.same();
                          })
                      .onMessage(Woken.class, NodeLossRecovery::report)
                      .build();
                }));
  }

  /**
   * Which executions to wake after {@code lost} left: those of its shards (they must recover on a
   * survivor), then the others only if it hosted an activity queue (their tasks went with it) or if
   * what it hosted is not known (it left before the first look).
   */
  static Plan plan(Located located, Address lost) {
    final Set<String> shards = located.executionShards().get(lost);
    if (shards == null) {
      return new Plan(Set.of(), true);
    }
    return new Plan(shards, located.queueHosts().contains(lost));
  }

  /** The executions of {@code plan}'s shards first, then the others if the plan says so. */
  static List<String> order(List<String> arns, Plan plan, Function<String, String> shardOf) {
    final List<String> first = new ArrayList<>();
    final List<String> then = new ArrayList<>();
    for (String arn : arns) {
      (plan.lostShards().contains(shardOf.apply(arn)) ? first : then).add(arn);
    }
    if (plan.wakeOthers()) {
      first.addAll(then);
    }
    return first;
  }

  private static void wakeAll(
      ActorContext<Object> ctx,
      Supplier<CompletionStage<List<String>>> running,
      Waker waker,
      Plan plan,
      Function<String, String> shardOf,
      int parallelism) {
    final ActorSystem<?> system = ctx.getSystem();
    final long began = System.nanoTime();
    final int[] lost = new int[1];
    final CompletionStage<Integer> done =
        running
            .get()
            .thenCompose(
                arns -> {
                  final List<String> ordered = order(arns, plan, shardOf);
                  lost[0] =
                      (int)
                          ordered.stream()
                              .filter(a -> plan.lostShards().contains(shardOf.apply(a)))
                              .count();
                  return Source.from(ordered)
                      .mapAsyncUnordered(
                          parallelism,
                          arn ->
                              waker
                                  .apply(arn)
                                  .exceptionally(e -> Done.getInstance())
                                  .thenApply(d -> 1))
                      .runWith(Sink.fold(0, Integer::sum), system);
                });
    ctx.pipeToSelf(
        done,
        (count, failure) ->
            new Woken(
                lost[0],
                count == null ? 0 : count,
                Duration.ofNanos(System.nanoTime() - began).toMillis(),
                failure));
  }

  private static Behavior<Object> report(Woken woken) {
    if (woken.failure() != null) {
      LOG.warn("Waking running executions failed", woken.failure());
    } else {
      LOG.info(
          "Woke {} running executions ({} of the lost member's shards, first) in {} ms",
          woken.count(),
          woken.lost(),
          woken.millis());
    }
    return Behaviors.same();
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
