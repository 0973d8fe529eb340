package io.baton.node.cluster;

import akka.actor.Address;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.AskPattern;
import akka.cluster.sharding.ShardRegion;
import akka.cluster.sharding.typed.ClusterShardingQuery;
import akka.cluster.sharding.typed.GetClusterShardingStats;
import akka.cluster.sharding.typed.HashCodeNoEnvelopeMessageExtractor;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.cluster.sharding.typed.javadsl.EntityTypeKey;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;

/** Where the shards of an entity type live: the shard ids each member hosts now. */
public final class ShardHosts {
  private ShardHosts() {}

  /** The shard of an entity id, as sharding's default extractor computes it. */
  public static UnaryOperator<String> shardOf(int numberOfShards) {
    final HashCodeNoEnvelopeMessageExtractor<Object> extractor =
        new HashCodeNoEnvelopeMessageExtractor<>(numberOfShards) {
          @Override
          public String entityId(Object message) {
            return "";
          }
        };
    return extractor::shardId;
  }

  public static CompletionStage<Map<Address, Set<String>>> of(
      ActorSystem<?> system, ClusterSharding sharding, EntityTypeKey<?> type) {
    final Duration timeout = Duration.ofSeconds(3);
    return AskPattern.<ClusterShardingQuery, ShardRegion.ClusterShardingStats>ask(
            sharding.shardState(),
            r -> new GetClusterShardingStats(type, timeout, r),
            timeout.plusSeconds(1),
            system.scheduler())
        .thenApply(
            stats -> {
              final Map<Address, Set<String>> out = new HashMap<>();
              stats
                  .getRegions()
                  .forEach((address, region) -> out.put(address, region.getStats().keySet()));
              return out;
            });
  }
}
