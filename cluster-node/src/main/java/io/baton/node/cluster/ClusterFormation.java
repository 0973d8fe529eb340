package io.baton.node.cluster;

import akka.actor.typed.ActorSystem;
import akka.cluster.typed.Cluster;
import akka.cluster.typed.Join;
import akka.management.cluster.bootstrap.ClusterBootstrap;
import akka.management.javadsl.AkkaManagement;
import com.typesafe.config.Config;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the management endpoints ({@code /ready}, {@code /alive}, {@code /cluster/members}) and
 * joins the cluster the configured way.
 *
 * <ul>
 *   <li>{@code seed-nodes}: Akka joins the configured seed nodes by itself; with none configured
 *       the node joins itself and is a single-node cluster.
 *   <li>{@code kubernetes-api}: Cluster Bootstrap finds the other pods through the Kubernetes API
 *       and joins them, or forms the cluster when it holds the lowest address.
 * </ul>
 */
public final class ClusterFormation {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterFormation.class);
  private static final Duration MANAGEMENT_START = Duration.ofSeconds(30);

  private ClusterFormation() {}

  public static void start(ActorSystem<?> system) throws Exception {
    final Config config = system.settings().config();
    final String formation = config.getString("baton.cluster.formation");
    if (!formation.equals("seed-nodes") && !formation.equals("kubernetes-api")) {
      throw new IllegalArgumentException(
          "Expected baton.cluster.formation to be seed-nodes or kubernetes-api, but it is '"
              + formation
              + "'");
    }
    final var classic = akka.actor.typed.javadsl.Adapter.toClassic(system);
    final var uri =
        AkkaManagement.get(classic)
            .start()
            .toCompletableFuture()
            .get(MANAGEMENT_START.toSeconds(), TimeUnit.SECONDS);
    LOG.info("Akka management listening on {}", uri);
    if (formation.equals("kubernetes-api")) {
      ClusterBootstrap.get(classic).start();
      return;
    }
    if (config.getStringList("akka.cluster.seed-nodes").isEmpty()) {
      final Cluster cluster = Cluster.get(system);
      cluster.manager().tell(Join.create(cluster.selfMember().address()));
    }
  }
}
