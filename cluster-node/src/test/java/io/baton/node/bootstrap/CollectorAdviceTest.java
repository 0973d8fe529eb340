package io.baton.node.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CollectorAdviceTest {
  @Test
  void shouldAdviseZgcWhenTheNodeRunsOnG1() {
    // when
    final var advice =
        CollectorAdvice.forCollectors(List.of("G1 Young Generation", "G1 Old Generation"));

    // then
    assertThat(advice)
        .hasValueSatisfying(
            text ->
                assertThat(text)
                    .contains("G1 Young Generation and G1 Old Generation")
                    .contains("-XX:+UseZGC"));
  }

  @Test
  void shouldSayNothingOnACollectorWithoutLongPauses() {
    assertThat(CollectorAdvice.forCollectors(List.of("ZGC Cycles", "ZGC Pauses"))).isEmpty();
    assertThat(CollectorAdvice.forCollectors(List.of("Shenandoah Pauses", "Shenandoah Cycles")))
        .isEmpty();
  }
}
