package io.baton.node.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommonPoolSizeTest {
  @Test
  void shouldGiveTheCommonPoolTwoThreadsOnOneOrTwoCpus() {
    assertThat(CommonPoolSize.parallelism(null, 1)).isEqualTo("2");
    assertThat(CommonPoolSize.parallelism(null, 2)).isEqualTo("2");
  }

  @Test
  void shouldLeaveTheJvmsChoiceWhenItIsAlreadyAPool() {
    assertThat(CommonPoolSize.parallelism(null, 3)).isNull();
    assertThat(CommonPoolSize.parallelism(null, 16)).isNull();
  }

  @Test
  void shouldLeaveAnOperatorsSettingAlone() {
    assertThat(CommonPoolSize.parallelism("1", 2)).isNull();
  }
}
