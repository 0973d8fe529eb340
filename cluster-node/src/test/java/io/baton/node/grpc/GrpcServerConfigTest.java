package io.baton.node.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GrpcServerConfigTest {
  @Test
  void shouldReadTheGrpcSectionKeepingDefaultsForMissingKeys() {
    // when
    final GrpcServerConfig config =
        GrpcServerConfig.fromConfig(
            ConfigFactory.parseString(
                "baton.grpc { port = 6000, max-message-bytes = 2MiB, watch-poll-interval = 250ms }"));

    // then
    assertThat(config.port()).isEqualTo(6000);
    assertThat(config.maxMessageBytes()).isEqualTo(2 * 1024 * 1024);
    assertThat(config.watchPollInterval()).isEqualTo(Duration.ofMillis(250));
    assertThat(config.maxInFlightCalls()).isEqualTo(GrpcServerConfig.defaults().maxInFlightCalls());
    assertThat(config.maxActivityPoll()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void shouldNameTheSettingThatIsOutOfRange() {
    // expect
    assertThatThrownBy(() -> GrpcServerConfig.defaults().withMaxInFlightCalls(0))
        .hasMessageContaining("baton.grpc.max-in-flight-calls");
    assertThatThrownBy(() -> GrpcServerConfig.defaults().withPort(70000))
        .hasMessageContaining("baton.grpc.port");
  }
}
