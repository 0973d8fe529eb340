package io.baton.node.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.client.grpc.v1.HistoryEvent;
import io.baton.client.grpc.v1.WatchRequest;
import io.baton.engine.json.Json;
import io.baton.node.service.BatonService;
import io.baton.node.service.ServiceModel.Execution;
import io.baton.node.service.ServiceModel.ExecutionStatus;
import io.baton.node.service.ServiceModel.HistoryRequest;
import io.baton.node.service.ServiceModel.Page;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How Watch pages through history: each round resumes at the last page, never from the start. */
class HistoryWatchTest {
  private final List<String> tokens = new CopyOnWriteArrayList<>();
  private final AtomicInteger describes = new AtomicInteger();

  @Test
  void shouldResumeEachRoundFromTheLastPageAndSendEachEventOnce() {
    // given a node whose history has 5 events in pages of 2, running for one round
    try (GrpcServer server = GrpcServer.start(service(), GrpcServerConfig.defaults().withPort(0));
        var client = io.baton.client.BatonClient.connect("localhost:" + server.port())) {
      final List<HistoryEvent> seen = new ArrayList<>();

      // when
      client.watch(
          WatchRequest.newBuilder().setExecutionArn("arn:aws:states:x").build(), seen::add);

      // then
      assertThat(seen).extracting(HistoryEvent::getId).containsExactly(1L, 2L, 3L, 4L, 5L);
      assertThat(tokens).containsExactly("", "2", "4", "4");
      assertThat(describes.get()).isEqualTo(2);
    }
  }

  private BatonService service() {
    final List<io.baton.engine.execution.HistoryEvent> events = new ArrayList<>();
    for (int id = 1; id <= 5; id++) {
      events.add(
          new io.baton.engine.execution.HistoryEvent(
              id, id - 1, Instant.EPOCH, "PassStateEntered", "", Json.object(), Json.object()));
    }
    return (BatonService)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {BatonService.class},
            (proxy, method, args) -> {
              if (method.getName().equals("describeExecution")) {
                final var status =
                    describes.incrementAndGet() == 1
                        ? ExecutionStatus.RUNNING
                        : ExecutionStatus.SUCCEEDED;
                return CompletableFuture.completedFuture(
                    new Execution(
                        "arn",
                        "sm",
                        "e",
                        status,
                        Instant.EPOCH,
                        Optional.empty(),
                        "{}",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        "1"));
              }
              if (method.getName().equals("getExecutionHistory")) {
                final HistoryRequest request = (HistoryRequest) args[0];
                tokens.add(request.nextToken().orElse(""));
                final int from = Integer.parseInt(request.nextToken().orElse("0"));
                final int to = Math.min(events.size(), from + 2);
                return CompletableFuture.completedFuture(
                    new Page<>(
                        events.subList(from, to),
                        to < events.size() ? Optional.of(Integer.toString(to)) : Optional.empty()));
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
