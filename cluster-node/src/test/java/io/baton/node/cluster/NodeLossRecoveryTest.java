package io.baton.node.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.Address;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class NodeLossRecoveryTest {
  private static final Address LOST = new Address("akka", "baton", "10.0.0.1", 25520);
  private static final Address OTHER = new Address("akka", "baton", "10.0.0.2", 25520);
  private static final Function<String, String> SHARD_OF = arn -> arn.substring(0, 1);

  @Test
  void shouldWakeOnlyTheLostMembersExecutionsWhenItHostedNoActivityQueue() {
    // given
    final NodeLossRecovery.Located located =
        new NodeLossRecovery.Located(Map.of(LOST, Set.of("a"), OTHER, Set.of("b")), Set.of(OTHER));

    // when
    final var plan = NodeLossRecovery.plan(located, LOST);

    // then
    assertThat(NodeLossRecovery.order(List.of("b1", "a1", "b2", "a2"), plan, SHARD_OF))
        .containsExactly("a1", "a2");
  }

  @Test
  void shouldWakeEveryExecutionLostOnesFirstWhenItHostedAnActivityQueue() {
    // given
    final NodeLossRecovery.Located located =
        new NodeLossRecovery.Located(Map.of(LOST, Set.of("a"), OTHER, Set.of("b")), Set.of(LOST));

    // when
    final var plan = NodeLossRecovery.plan(located, LOST);

    // then
    assertThat(NodeLossRecovery.order(List.of("b1", "a1", "b2", "a2"), plan, SHARD_OF))
        .containsExactly("a1", "a2", "b1", "b2");
  }

  @Test
  void shouldWakeEveryExecutionWhenWhereItsShardsWereIsNotKnown() {
    // when: the member left before the first look at the shards
    final var plan = NodeLossRecovery.plan(NodeLossRecovery.Located.UNKNOWN, LOST);

    // then
    assertThat(NodeLossRecovery.order(List.of("b1", "a1"), plan, SHARD_OF))
        .containsExactly("b1", "a1");
  }
}
