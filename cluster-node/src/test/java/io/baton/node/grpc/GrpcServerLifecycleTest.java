package io.baton.node.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import io.baton.client.BatonClient;
import io.baton.client.BatonClientException;
import io.baton.client.ClientOptions;
import io.baton.client.grpc.v1.ListActivitiesRequest;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class GrpcServerLifecycleTest {
  @Test
  void shouldCloseWithTheActorSystemsCoordinatedShutdown() {
    // given a gateway tied to an actor system
    final ActorTestKit kit = ActorTestKit.create();
    final InMemoryBatonService service = new InMemoryBatonService(Duration.ZERO);
    final GrpcServer server =
        GrpcServer.start(service, 0, GrpcServerConfig.DEFAULT_MAX_MESSAGE_BYTES, kit.system());
    try (BatonClient client =
        BatonClient.connect(
            ClientOptions.defaults()
                .withEndpoint("localhost:" + server.port())
                .withDeadline(Duration.ofSeconds(2))
                .withRetries(1, Duration.ofMillis(10)))) {
      assertThat(
              client
                  .listActivities(ListActivitiesRequest.getDefaultInstance())
                  .getActivitiesCount())
          .isZero();

      // when
      kit.shutdownTestKit();

      // then
      final var failure =
          catchThrowableOfType(
              BatonClientException.class,
              () -> client.listActivities(ListActivitiesRequest.getDefaultInstance()));
      assertThat(failure.isUnreachable()).isTrue();
    } finally {
      service.shutdown();
    }
  }

  @Test
  void shouldSayWhichPortItCouldNotServe() {
    // given
    final InMemoryBatonService service = new InMemoryBatonService(Duration.ZERO);
    try (GrpcServer first =
        GrpcServer.start(service, 0, GrpcServerConfig.DEFAULT_MAX_MESSAGE_BYTES)) {

      // expect
      Assertions.assertThatThrownBy(
              () ->
                  GrpcServer.start(
                      service, first.port(), GrpcServerConfig.DEFAULT_MAX_MESSAGE_BYTES))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("port " + first.port());
    } finally {
      service.shutdown();
    }
  }
}
