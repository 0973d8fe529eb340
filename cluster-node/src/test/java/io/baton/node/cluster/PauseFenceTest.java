package io.baton.node.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.Config;
import io.baton.node.bootstrap.NodeConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PauseFenceTest {
  private final AtomicLong clock = new AtomicLong(1_000_000_000L);
  private final List<Integer> halts = new ArrayList<>();

  @Test
  void shouldHaltANodeOfAClusterThatWasFrozenLongerThanTheLimit() {
    // given
    final PauseFence fence = fence(false);

    // when: the process did not run for 6 s, the others down a silent member after 5.5 s
    advance(Duration.ofSeconds(6));
    fence.check();

    // then
    assertThat(halts).containsExactly(PauseFence.EXIT_CODE);
  }

  @Test
  void shouldHaltAWriteAfterAFreezeBeforeTheFenceThreadLooks() {
    // given: the fence thread looked just before the process was frozen for 6 s
    final PauseFence fence = fence(false);
    fence.check();
    advance(Duration.ofSeconds(6));

    // when: an entity runs first and its journal write asks the fence
    fence.checkWithoutTicking();

    // then
    assertThat(halts).containsExactly(PauseFence.EXIT_CODE);
  }

  @Test
  void shouldLetWritesThroughWhileTheFenceThreadKeepsLooking() {
    // given
    final PauseFence fence = fence(false);

    // when: writes between the thread's looks, 100 ms apart
    for (int i = 0; i < 50; i++) {
      advance(Duration.ofMillis(100));
      fence.checkWithoutTicking();
      fence.check();
    }

    // then
    assertThat(halts).isEmpty();
  }

  @Test
  void shouldGoOnAfterShorterFreezes() {
    // given
    final PauseFence fence = fence(false);

    // when: ticks come late, but within the limit, twice in a row
    advance(Duration.ofSeconds(5));
    fence.check();
    advance(Duration.ofSeconds(5));
    fence.check();

    // then: each gap counts from the previous look, not from the start
    assertThat(halts).isEmpty();
  }

  @Test
  void shouldGoOnWhenTheNodeIsAloneInItsCluster() {
    // given
    final PauseFence fence = fence(true);

    // when
    advance(Duration.ofMinutes(1));
    fence.check();

    // then: no other node can have taken its executions over
    assertThat(halts).isEmpty();
  }

  @Test
  void shouldDeriveTheLimitFromFailureDetectionAndTheSplitBrainResolver() {
    // given
    final Config config = NodeConfig.load();

    // when
    final var auto = PauseFence.limit(config);
    final var off = PauseFence.limit(NodeConfig.load(Map.of("baton.cluster.pause-limit", "off")));
    final var set = PauseFence.limit(NodeConfig.load(Map.of("baton.cluster.pause-limit", "20s")));

    // then
    assertThat(auto)
        .contains(
            config
                .getDuration("akka.cluster.failure-detector.acceptable-heartbeat-pause")
                .plus(config.getDuration("akka.cluster.split-brain-resolver.stable-after")));
    assertThat(off).isEmpty();
    assertThat(set).contains(Duration.ofSeconds(20));
  }

  private PauseFence fence(boolean alone) {
    return new PauseFence(Duration.ofMillis(5500), clock::get, () -> alone, halts::add);
  }

  private void advance(Duration d) {
    clock.addAndGet(d.toNanos());
  }
}
