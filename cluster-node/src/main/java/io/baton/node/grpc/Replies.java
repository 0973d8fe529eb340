package io.baton.node.grpc;

import io.grpc.stub.StreamObserver;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

/** Answers a unary call from a service stage: the mapped value, or the failure as a status. */
final class Replies {
  private Replies() {}

  /**
   * Calls the service, maps its answer to the reply and completes the call. A service that throws
   * instead of failing its stage is answered the same way.
   */
  static <T, R> void unary(
      Supplier<? extends CompletionStage<T>> call,
      Function<T, R> toReply,
      StreamObserver<R> observer) {
    final CompletionStage<T> stage;
    try {
      stage = call.get();
    } catch (RuntimeException e) {
      observer.onError(GrpcErrors.toStatus(e));
      return;
    }
    stage.whenComplete((value, failure) -> complete(value, failure, toReply, observer));
  }

  static <T, R> void complete(
      T value, Throwable failure, Function<T, R> toReply, StreamObserver<R> observer) {
    if (failure != null) {
      observer.onError(GrpcErrors.toStatus(failure));
      return;
    }
    final R reply;
    try {
      reply = toReply.apply(value);
    } catch (RuntimeException e) {
      observer.onError(GrpcErrors.toStatus(e));
      return;
    }
    observer.onNext(reply);
    observer.onCompleted();
  }
}
