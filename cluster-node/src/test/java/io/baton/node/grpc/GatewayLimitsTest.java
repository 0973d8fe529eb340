package io.baton.node.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.baton.client.BatonClient;
import io.baton.client.BatonClientException;
import io.baton.client.ClientOptions;
import io.baton.client.grpc.v1.ListActivitiesRequest;
import io.grpc.Status;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class GatewayLimitsTest {
  @Test
  void shouldRefuseAnOversizedRequestAndKeepServing() {
    // given a gateway that takes requests up to 8 KiB
    try (GatewayFixture gateway =
        GatewayFixture.start(
            GrpcServerConfig.defaults().withMaxMessageBytes(8 * 1024), Duration.ZERO)) {
      final String machine = gateway.machine("small", GatewayFixture.PASS_CHAIN);
      final String big = "{\"blob\":\"" + "x".repeat(20_000) + "\"}";

      // when
      final var failure =
          catchThrowableOfType(
              BatonClientException.class, () -> gateway.client.startExecution(machine, big));

      // then
      assertThat(failure.code()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
      assertThat(failure.getMessage()).contains("exceeds maximum");
      assertThat(gateway.client.startExecution(machine, "{}").getExecutionArn()).isNotEmpty();
    }
  }

  @Test
  void shouldThrottleCallsBeyondTheInFlightLimitAtOnce() {
    // given a gateway that works on one call at a time, busy with a long poll
    final ClientOptions noRetries = ClientOptions.defaults().withRetries(1, Duration.ofMillis(10));
    try (GatewayFixture gateway =
        GatewayFixture.start(
            GrpcServerConfig.defaults().withMaxInFlightCalls(1), Duration.ZERO, noRetries)) {
      final String activity = gateway.client.createActivity("busy").getActivityArn();
      final CompletableFuture<?> poll =
          CompletableFuture.runAsync(() -> gateway.client.getActivityTask(activity, "w"));
      Eventually.until(
          Duration.ofSeconds(5),
          "the poll to hold the only slot",
          () -> gateway.server.inFlightCalls() == 1);

      // when
      final var throttled =
          catchThrowableOfType(
              BatonClientException.class,
              () -> gateway.client.listActivities(ListActivitiesRequest.getDefaultInstance()));

      // then
      assertThat(throttled.code()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
      assertThat(throttled.awsError()).contains("ThrottlingException");

      // and once the poll has its task (handed over inside the node), calls are admitted again
      gateway.service.activities.schedule(activity, "{}");
      poll.join();
      Eventually.until(
          Duration.ofSeconds(5), "the slot to be free", () -> gateway.server.inFlightCalls() == 0);
      assertThat(
              gateway
                  .client
                  .listActivities(ListActivitiesRequest.getDefaultInstance())
                  .getActivitiesCount())
          .isEqualTo(1);
    }
  }

  @Test
  void shouldRetryAThrottledIdempotentCall() {
    // given a gateway with one slot, held by a poll that ends shortly
    final ClientOptions retrying = ClientOptions.defaults().withRetries(5, Duration.ofMillis(300));
    try (GatewayFixture gateway =
            GatewayFixture.start(
                GrpcServerConfig.defaults().withMaxInFlightCalls(1), Duration.ZERO, retrying);
        BatonClient shortPolls =
            BatonClient.connect(
                retrying
                    .withEndpoint(gateway.endpoint())
                    .withPollDeadline(Duration.ofMillis(600)))) {
      final String activity = gateway.client.createActivity("brief").getActivityArn();
      final CompletableFuture<?> poll =
          CompletableFuture.runAsync(() -> shortPolls.getActivityTask(activity, "w"));
      Eventually.until(
          Duration.ofSeconds(5),
          "the poll to hold the only slot",
          () -> gateway.server.inFlightCalls() == 1);

      // when
      final var listed = gateway.client.listActivities(ListActivitiesRequest.getDefaultInstance());

      // then the list was retried with back-off until the poll had ended
      assertThat(listed.getActivitiesCount()).isEqualTo(1);
      assertThat(poll).isDone();
    }
  }
}
