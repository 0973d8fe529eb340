package io.baton.node.cluster;

import akka.actor.Address;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.Adapter;
import akka.cluster.Cluster;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.cluster.sharding.typed.javadsl.EntityTypeKey;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Which of an entity type's shards live on other members, refreshed every {@code interval}.
 *
 * <p>A new execution without a name gets a random one; choosing it among names whose shard is not
 * hosted elsewhere puts the execution on the node that received the start, so the start and the
 * caller's await need no hop to another node. On N nodes that saves (N-1)/N of all starts a round
 * trip over remoting each way, twice. Shards no node hosts yet stay eligible, and sharding
 * allocates them to the least loaded node, so the executions still spread over every shard.
 */
public final class ExecutionPlacement {
  /** Candidates tried before taking any name: on N even nodes (N-1)/N of them miss. */
  private static final int TRIES = 32;

  private final UnaryOperator<String> shardOf;
  private volatile Set<String> elsewhere = Set.of();

  private ExecutionPlacement(int numberOfShards) {
    this.shardOf = ShardHosts.shardOf(numberOfShards);
  }

  /** Placement that never looks: every name is as good as any other (one node, tests). */
  public static ExecutionPlacement anywhere() {
    return new ExecutionPlacement(1);
  }

  public static ExecutionPlacement start(
      ActorSystem<?> system, ClusterSharding sharding, EntityTypeKey<?> type, Duration interval) {
    final ExecutionPlacement placement =
        new ExecutionPlacement(
            system.settings().config().getInt("akka.cluster.sharding.number-of-shards"));
    final Address self = Cluster.get(Adapter.toClassic(system)).selfAddress();
    system
        .scheduler()
        .scheduleWithFixedDelay(
            interval,
            interval,
            () ->
                ShardHosts.of(system, sharding, type)
                    .thenAccept(hosts -> placement.elsewhere = elsewhere(hosts, self))
                    // A query that fails (a member leaving, a timeout) keeps the last view:
                    // a stale view costs only a hop, never a wrong execution.
                    .exceptionally(e -> null),
            system.executionContext());
    return placement;
  }

  /**
   * A name from {@code names} whose entity id ({@code entityIdOf}) is not in a shard another member
   * hosts, or the last candidate tried when none of {@link #TRIES} is.
   */
  public String pick(Supplier<String> names, UnaryOperator<String> entityIdOf) {
    final Set<String> taken = elsewhere;
    String name = names.get();
    for (int i = 1;
        i < TRIES && !taken.isEmpty() && taken.contains(shardOf.apply(entityIdOf.apply(name)));
        i++) {
      name = names.get();
    }
    return name;
  }

  private static Set<String> elsewhere(Map<Address, Set<String>> hosts, Address self) {
    final Set<String> out = new HashSet<>();
    hosts.forEach(
        (address, shardIds) -> {
          if (!address.equals(self)) {
            out.addAll(shardIds);
          }
        });
    return Set.copyOf(out);
  }
}
