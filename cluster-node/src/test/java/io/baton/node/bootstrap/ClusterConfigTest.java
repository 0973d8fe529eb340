package io.baton.node.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterConfigTest {
  @Test
  void shouldTurnTheSeedNodeListIntoAkkaAddresses() {
    // given
    final Map<String, Object> overrides =
        Map.of("baton.cluster.seed-nodes", " node-1:25520, akka://baton@node-2:25521 ,node-3");

    // when
    final Config config = NodeConfig.load(overrides);

    // then
    assertThat(config.getStringList("akka.cluster.seed-nodes"))
        .containsExactly(
            "akka://baton@node-1:25520", "akka://baton@node-2:25521", "akka://baton@node-3:25520");
  }

  @Test
  void shouldKeepAkkaSeedNodesWhenBothAreSet() {
    // given
    final Map<String, Object> overrides =
        Map.of(
            "baton.cluster.seed-nodes",
            "node-1:25520",
            "akka.cluster.seed-nodes",
            List.of("akka://baton@other:25520"));

    // when
    final Config config = NodeConfig.load(overrides);

    // then
    assertThat(config.getStringList("akka.cluster.seed-nodes"))
        .containsExactly("akka://baton@other:25520");
  }

  @Test
  void shouldJoinItselfByDefault() {
    // when
    final Config config = NodeConfig.load();

    // then
    assertThat(config.getStringList("akka.cluster.seed-nodes")).isEmpty();
    assertThat(config.getString("baton.cluster.formation")).isEqualTo("seed-nodes");
  }

  @Test
  void shouldServeHealthChecksOnTheManagementPort() {
    // when
    final Config config = NodeConfig.load();

    // then
    assertThat(config.getInt("akka.management.http.port")).isEqualTo(8558);
    assertThat(config.getString("akka.management.health-checks.readiness-path")).isEqualTo("ready");
    assertThat(config.getString("akka.management.health-checks.liveness-path")).isEqualTo("alive");
    assertThat(config.getConfig("akka.management.health-checks.readiness-checks").root().keySet())
        .contains("cluster-membership", "baton-gateways");
  }

  @Test
  void shouldResolveSplitBrainsByKeepingTheMajorityWithinSeconds() {
    // when
    final Config config = NodeConfig.load();

    // then
    assertThat(config.getString("akka.cluster.downing-provider-class"))
        .isEqualTo("akka.cluster.sbr.SplitBrainResolverProvider");
    assertThat(config.getString("akka.cluster.split-brain-resolver.active-strategy"))
        .isEqualTo("keep-majority");
    assertThat(config.getDuration("akka.cluster.split-brain-resolver.stable-after").toSeconds())
        .isEqualTo(3);
    assertThat(config.getDuration("akka.cluster.down-removal-margin").toSeconds()).isEqualTo(1);
    assertThat(config.getBoolean("akka.cluster.run-coordinated-shutdown-when-down")).isTrue();
  }

  @Test
  void shouldDiscoverPodsThroughTheKubernetesApiWhenBootstrapped() {
    // given
    final Map<String, Object> overrides =
        Map.of("baton.cluster.service-name", "wf", "baton.cluster.required-contact-points", 3);

    // when
    final Config config = NodeConfig.load(overrides);

    // then
    final Config discovery =
        config.getConfig("akka.management.cluster.bootstrap.contact-point-discovery");
    assertThat(discovery.getString("discovery-method")).isEqualTo("kubernetes-api");
    assertThat(discovery.getString("service-name")).isEqualTo("wf");
    assertThat(discovery.getInt("required-contact-point-nr")).isEqualTo(3);
    assertThat(ConfigFactory.load().hasPath("akka.discovery.kubernetes-api.pod-label-selector"))
        .isTrue();
  }
}
