package io.baton.node.grpc;

import io.baton.client.grpc.v1.WatchRequest;
import io.baton.client.grpc.v1.WatchResponse;
import io.baton.engine.execution.HistoryEvent;
import io.baton.node.service.BatonService;
import io.baton.node.service.ServiceModel.ExecutionStatus;
import io.baton.node.service.ServiceModel.HistoryRequest;
import io.baton.node.service.ServiceModel.Page;
import io.grpc.stub.ServerCallStreamObserver;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One Watch call: polls the execution's history and sends each new event, until the execution has
 * ended and its last event was sent.
 *
 * <ul>
 *   <li>Each round reads the status first and the history second, so when the status says the
 *       execution ended, the history read after it holds the final event.
 *   <li>A round re-reads from the page where the previous one ended (history page tokens are
 *       positions), so a long history is not read again from the start every round.
 *   <li>Rounds run one after another; a cancelled call stops at the next round.
 * </ul>
 */
final class HistoryWatch {
  private static final int PAGE_SIZE = 1000;

  private final BatonService service;
  private final WatchRequest request;
  private final ServerCallStreamObserver<WatchResponse> out;
  private final ScheduledExecutorService scheduler;
  private final Duration interval;
  private volatile boolean cancelled;
  private long lastSentId;
  private Optional<String> resumeToken = Optional.empty();

  HistoryWatch(
      BatonService service,
      WatchRequest request,
      ServerCallStreamObserver<WatchResponse> out,
      ScheduledExecutorService scheduler,
      Duration interval) {
    this.service = service;
    this.request = request;
    this.out = out;
    this.scheduler = scheduler;
    this.interval = interval;
    this.lastSentId = request.getAfterEventId();
  }

  void start() {
    out.setOnCancelHandler(() -> cancelled = true);
    round();
  }

  private void round() {
    if (cancelled) {
      return;
    }
    final CompletionStage<ExecutionStatus> status;
    try {
      status =
          service
              .describeExecution(request.getExecutionArn())
              .thenCompose(e -> readFrom(resumeToken).thenApply(done -> e.status()));
    } catch (RuntimeException e) {
      fail(e);
      return;
    }
    status.whenComplete(
        (s, failure) -> {
          if (cancelled) {
            return;
          }
          if (failure != null) {
            fail(failure);
          } else if (s != ExecutionStatus.RUNNING) {
            out.onCompleted();
          } else {
            scheduleNext();
          }
        });
  }

  private CompletionStage<Void> readFrom(Optional<String> token) {
    final var page =
        service.getExecutionHistory(
            new HistoryRequest(
                request.getExecutionArn(),
                PAGE_SIZE,
                false,
                !request.getExcludeExecutionData(),
                token));
    return page.thenCompose(
        (Page<HistoryEvent> p) -> {
          send(p);
          if (p.nextToken().isEmpty() || cancelled) {
            return CompletableFuture.completedFuture(null);
          }
          resumeToken = p.nextToken();
          return readFrom(p.nextToken());
        });
  }

  private void send(Page<HistoryEvent> page) {
    for (HistoryEvent event : page.items()) {
      if (cancelled) {
        return;
      }
      if (event.visible() && event.id() > lastSentId) {
        out.onNext(WatchResponse.newBuilder().setEvent(ExecutionProtos.event(event)).build());
        lastSentId = event.id();
      }
    }
  }

  private void scheduleNext() {
    try {
      scheduler.schedule(this::round, interval.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      cancelled = true;
      out.onError(
          io.grpc.Status.UNAVAILABLE
              .withDescription("the node is shutting down")
              .asRuntimeException());
    }
  }

  private void fail(Throwable failure) {
    out.onError(GrpcErrors.toStatus(failure));
  }
}
