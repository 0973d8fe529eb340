package io.baton.node.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.client.BatonAsyncClient;
import io.baton.client.grpc.v1.HistoryEvent;
import io.baton.client.grpc.v1.StartExecutionRequest;
import io.baton.client.grpc.v1.WatchRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AsyncClientTest {
  private static GatewayFixture gateway;
  private static BatonAsyncClient async;

  @BeforeAll
  static void start() {
    gateway = GatewayFixture.start();
    async = gateway.client.async();
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  @Test
  void shouldChainCallsAsFutures() throws Exception {
    // when
    final String name =
        async
            .validateDefinition(GatewayFixture.PASS_CHAIN)
            .thenCompose(v -> async.createActivity("async-activity"))
            .thenCompose(a -> async.describeActivity(a.getActivityArn()))
            .thenApply(a -> a.getName())
            .get(10, TimeUnit.SECONDS);

    // then
    assertThat(name).isEqualTo("async-activity");
  }

  @Test
  void shouldStreamAWatchUntilTheExecutionEnds() throws Exception {
    // given
    final String machine = gateway.machine("async-watched", GatewayFixture.PASS_CHAIN);
    final String execution =
        async
            .startExecution(StartExecutionRequest.newBuilder().setStateMachineArn(machine).build())
            .get(10, TimeUnit.SECONDS)
            .getExecutionArn();
    final List<HistoryEvent> seen = new CopyOnWriteArrayList<>();
    final CompletableFuture<Void> done = new CompletableFuture<>();

    // when
    async.watch(WatchRequest.newBuilder().setExecutionArn(execution).build(), seen::add, done);

    // then
    done.get(10, TimeUnit.SECONDS);
    assertThat(seen).hasSize(6);
    assertThat(seen.get(5).getType()).isEqualTo("ExecutionSucceeded");
  }

  @Test
  void shouldCancelAWatchOfAnExecutionThatDoesNotEnd() {
    // given an execution waiting for an activity nobody polls
    final String activity = gateway.client.createActivity("async-never").getActivityArn();
    final String execution =
        gateway
            .client
            .startExecution(
                ActivitiesGrpcTest.machineFor(gateway, "async-stuck", activity), "{\"order\":1}")
            .getExecutionArn();
    final CompletableFuture<Void> done = new CompletableFuture<>();
    final var subscription =
        async.watch(WatchRequest.newBuilder().setExecutionArn(execution).build(), e -> {}, done);
    Eventually.until(
        Duration.ofSeconds(5), "the watch to be served", () -> gateway.server.inFlightCalls() == 1);

    // when
    subscription.cancel();

    // then
    assertThat(done).failsWithin(Duration.ofSeconds(5));
    Eventually.until(
        Duration.ofSeconds(5),
        "the server to let the watch go",
        () -> gateway.server.inFlightCalls() == 0);
  }
}
