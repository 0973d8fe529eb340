package io.baton.client;

import io.baton.client.grpc.v1.HistoryEvent;
import io.baton.client.grpc.v1.WatchRequest;
import io.baton.client.grpc.v1.WatchResponse;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Receives one Watch stream for {@link BatonAsyncClient#watch}; can cancel it. */
final class WatchObserver implements ClientResponseObserver<WatchRequest, WatchResponse> {
  private final Consumer<HistoryEvent> onEvent;
  private final CompletableFuture<Void> done;
  private volatile ClientCallStreamObserver<WatchRequest> call;

  WatchObserver(Consumer<HistoryEvent> onEvent, CompletableFuture<Void> done) {
    this.onEvent = onEvent;
    this.done = done;
  }

  @Override
  public void beforeStart(ClientCallStreamObserver<WatchRequest> requestStream) {
    this.call = requestStream;
  }

  void cancel() {
    call.cancel("watch cancelled by the client", null);
  }

  @Override
  public void onNext(WatchResponse value) {
    onEvent.accept(value.getEvent());
  }

  @Override
  public void onError(Throwable t) {
    done.completeExceptionally(BatonClientException.from(t));
  }

  @Override
  public void onCompleted() {
    done.complete(null);
  }
}
