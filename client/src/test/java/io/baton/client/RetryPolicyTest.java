package io.baton.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  @Test
  void shouldRetryOnlyCallsThatAreSafeToRepeat() {
    // when
    final Map<String, ?> config =
        RetryPolicy.serviceConfig(ClientOptions.defaults().withRetries(3, Duration.ofMillis(250)));

    // then
    final var methodConfig = (Map<?, ?>) ((List<?>) config.get("methodConfig")).get(0);
    @SuppressWarnings("unchecked")
    final var names = (List<Object>) methodConfig.get("name");
    assertThat(names)
        .contains(Map.of("service", "baton.v1.Executions", "method", "DescribeExecution"))
        .contains(Map.of("service", "baton.v1.Activities", "method", "SendTaskHeartbeat"))
        .doesNotContain(Map.of("service", "baton.v1.Executions", "method", "StartExecution"))
        .doesNotContain(Map.of("service", "baton.v1.Activities", "method", "SendTaskSuccess"))
        .doesNotContain(Map.of("service", "baton.v1.Activities", "method", "GetActivityTask"));
    final var retry = (Map<?, ?>) methodConfig.get("retryPolicy");
    assertThat(retry.get("maxAttempts")).isEqualTo(3.0);
    assertThat(retry.get("initialBackoff")).isEqualTo("0.25s");
    assertThat(retry.get("retryableStatusCodes"))
        .asList()
        .containsExactly("UNAVAILABLE", "RESOURCE_EXHAUSTED");
  }
}
