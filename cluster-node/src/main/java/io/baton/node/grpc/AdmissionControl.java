package io.baton.node.grpc;

import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the calls a node works on at once: past the limit a call is answered at once with {@code
 * RESOURCE_EXHAUSTED} ({@code ThrottlingException}) instead of queueing until memory runs out.
 *
 * <ul>
 *   <li>Every call counts, from its start until it is closed or cancelled; long polls and watches
 *       hold their slot while they wait, so size the limit for the workers and watchers expected.
 *   <li>Clients retry throttled idempotent calls with back-off.
 * </ul>
 */
final class AdmissionControl implements ServerInterceptor {
  private final int limit;
  private final AtomicInteger inFlight = new AtomicInteger();

  AdmissionControl(int limit) {
    this.limit = limit;
  }

  int inFlight() {
    return inFlight.get();
  }

  @Override
  public <Q, A> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, A> call, Metadata headers, ServerCallHandler<Q, A> next) {
    if (inFlight.incrementAndGet() > limit) {
      inFlight.decrementAndGet();
      final StatusRuntimeException refusal =
          GrpcErrors.status(
              Status.Code.RESOURCE_EXHAUSTED,
              "ThrottlingException",
              "the node is working on " + limit + " calls already; retry later");
      call.close(refusal.getStatus(), refusal.getTrailers());
      return new ServerCall.Listener<>() {};
    }
    final AtomicBoolean released = new AtomicBoolean();
    final Runnable release =
        () -> {
          if (released.compareAndSet(false, true)) {
            inFlight.decrementAndGet();
          }
        };
    final ServerCall<Q, A> counted =
        new SimpleForwardingServerCall<>(call) {
          @Override
          public void close(Status status, Metadata trailers) {
            release.run();
            super.close(status, trailers);
          }
        };
    final ServerCall.Listener<Q> listener;
    try {
      listener = next.startCall(counted, headers);
    } catch (RuntimeException e) {
      release.run();
      throw e;
    }
    return new SimpleForwardingServerCallListener<>(listener) {
      @Override
      public void onCancel() {
        release.run();
        super.onCancel();
      }

      @Override
      public void onComplete() {
        release.run();
        super.onComplete();
      }
    };
  }
}
