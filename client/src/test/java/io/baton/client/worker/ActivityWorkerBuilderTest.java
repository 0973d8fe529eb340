package io.baton.client.worker;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.baton.client.BatonClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ActivityWorkerBuilderTest {
  @Test
  void shouldRefuseAWorkerWithoutActivitiesOrWithBadSettings() {
    try (BatonClient client = BatonClient.connect("localhost:1")) {
      // expect
      assertThatThrownBy(() -> ActivityWorker.builder(client).build())
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> ActivityWorker.builder(client).pollers(0))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> ActivityWorker.builder(client).heartbeatInterval(Duration.ZERO))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void shouldStartOnlyOnceAndStopWhenIdle() {
    try (BatonClient client = BatonClient.connect("localhost:1")) {
      // given a worker whose polls fail (nothing listens) and back off
      final ActivityWorker worker =
          ActivityWorker.builder(client)
              .activity("arn:aws:states:us-east-1:1:activity:a", t -> "{}")
              .build()
              .start();

      // expect
      assertThatThrownBy(worker::start).isInstanceOf(IllegalStateException.class);
      org.assertj.core.api.Assertions.assertThat(worker.stop(Duration.ofSeconds(5))).isTrue();
    }
  }
}
