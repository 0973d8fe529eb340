package io.baton.node.api.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gateway's configuration and the HTTP timeouts its long poll depends on. */
class AwsApiSettingsTest {
  @Test
  void shouldReadAwsDefaultsFromTheReferenceConfig() {
    // when
    final AwsApiSettings settings = AwsApiSettings.fromConfig(ConfigFactory.load());

    // then
    assertThat(settings).isEqualTo(AwsApiSettings.defaults());
    assertThat(settings.port()).isEqualTo(8083);
    assertThat(settings.region()).isEqualTo("us-east-1");
    assertThat(settings.account()).isEqualTo("123456789012");
    assertThat(settings.maxPayloadBytes()).isEqualTo(262_144);
    assertThat(settings.activityPollTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(settings.verifiesSignatures()).isFalse();
  }

  @Test
  void shouldFollowTheNodeWideSettings() {
    // given
    final Config config =
        ConfigFactory.load(
            ConfigFactory.parseString(
                "baton { http.host = 10.0.0.1, http.port = 9999, region = eu-west-1,"
                    + " account = \"210987654321\", limits.max-payload-bytes = 1000 }"));

    // when
    final AwsApiSettings settings = AwsApiSettings.fromConfig(config);

    // then
    assertThat(settings.host()).isEqualTo("10.0.0.1");
    assertThat(settings.port()).isEqualTo(9999);
    assertThat(settings.region()).isEqualTo("eu-west-1");
    assertThat(settings.account()).isEqualTo("210987654321");
    assertThat(settings.maxPayloadBytes()).isEqualTo(1000);
  }

  @Test
  void shouldNotTimeOutAGetActivityTaskPoll() {
    // given
    final Config config = io.baton.node.bootstrap.NodeConfig.load();
    final Duration poll = AwsApiSettings.fromConfig(config).activityPollTimeout();

    // when
    final Duration request = config.getDuration("akka.http.server.request-timeout");
    final Duration idle = config.getDuration("akka.http.server.idle-timeout");

    // then: AWS SDKs wait 65 s for GetActivityTask; the server must answer before either cut-off
    assertThat(request).isGreaterThanOrEqualTo(Duration.ofSeconds(65)).isGreaterThan(poll);
    assertThat(idle).isGreaterThan(request);
  }

  @Test
  void shouldReadAccessKeysAndKeepSecretsOutOfToString() {
    // given
    final Config config =
        ConfigFactory.parseString(
                "baton.aws-api.access-keys = [{access-key-id = AKID1, secret-access-key = s3cr3t}]")
            .withFallback(ConfigFactory.load());

    // when
    final AwsApiSettings settings = AwsApiSettings.fromConfig(config);

    // then
    assertThat(settings.accessKeys()).isEqualTo(Map.of("AKID1", "s3cr3t"));
    assertThat(settings.verifiesSignatures()).isTrue();
    assertThat(settings.toString()).contains("AKID1").doesNotContain("s3cr3t");
  }

  @Test
  void shouldRefuseARequestLimitBelowThePayloadLimit() {
    assertThatThrownBy(
            () -> new AwsApiSettings("h", 1, "r", "a", Map.of(), 1024, 512, Duration.ofSeconds(60)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max-request-bytes");
  }
}
