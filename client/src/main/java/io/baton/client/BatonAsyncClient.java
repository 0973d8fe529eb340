package io.baton.client;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.MoreExecutors;
import io.baton.client.grpc.v1.ActivitiesGrpc;
import io.baton.client.grpc.v1.ActivitiesGrpc.ActivitiesFutureStub;
import io.baton.client.grpc.v1.Activity;
import io.baton.client.grpc.v1.CreateActivityRequest;
import io.baton.client.grpc.v1.CreateStateMachineRequest;
import io.baton.client.grpc.v1.DescribeExecutionRequest;
import io.baton.client.grpc.v1.DescribeStateMachineRequest;
import io.baton.client.grpc.v1.Execution;
import io.baton.client.grpc.v1.ExecutionsGrpc;
import io.baton.client.grpc.v1.ExecutionsGrpc.ExecutionsFutureStub;
import io.baton.client.grpc.v1.ExecutionsGrpc.ExecutionsStub;
import io.baton.client.grpc.v1.GetActivityTaskRequest;
import io.baton.client.grpc.v1.GetActivityTaskResponse;
import io.baton.client.grpc.v1.GetExecutionHistoryRequest;
import io.baton.client.grpc.v1.GetExecutionHistoryResponse;
import io.baton.client.grpc.v1.HistoryEvent;
import io.baton.client.grpc.v1.ListExecutionsRequest;
import io.baton.client.grpc.v1.ListExecutionsResponse;
import io.baton.client.grpc.v1.SendTaskFailureRequest;
import io.baton.client.grpc.v1.SendTaskFailureResponse;
import io.baton.client.grpc.v1.SendTaskHeartbeatRequest;
import io.baton.client.grpc.v1.SendTaskHeartbeatResponse;
import io.baton.client.grpc.v1.SendTaskSuccessRequest;
import io.baton.client.grpc.v1.SendTaskSuccessResponse;
import io.baton.client.grpc.v1.StartExecutionRequest;
import io.baton.client.grpc.v1.StartExecutionResponse;
import io.baton.client.grpc.v1.StartSyncExecutionResponse;
import io.baton.client.grpc.v1.StateMachine;
import io.baton.client.grpc.v1.StateMachinesGrpc;
import io.baton.client.grpc.v1.StateMachinesGrpc.StateMachinesFutureStub;
import io.baton.client.grpc.v1.StopExecutionRequest;
import io.baton.client.grpc.v1.StopExecutionResponse;
import io.baton.client.grpc.v1.WatchRequest;
import io.baton.client.grpc.v1.WatchResponse;
import io.grpc.Channel;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The non-blocking face of {@link BatonClient}: the same calls, answered as futures that fail with
 * {@link BatonClientException}. Obtain it with {@link BatonClient#async()}.
 */
public final class BatonAsyncClient {
  private final ClientOptions options;
  private final StateMachinesFutureStub machines;
  private final ExecutionsFutureStub executions;
  private final ExecutionsStub streams;
  private final ActivitiesFutureStub activities;

  BatonAsyncClient(Channel channel, ClientOptions options) {
    this.options = options;
    this.machines = StateMachinesGrpc.newFutureStub(channel);
    this.executions = ExecutionsGrpc.newFutureStub(channel);
    this.streams = ExecutionsGrpc.newStub(channel);
    this.activities = ActivitiesGrpc.newFutureStub(channel);
  }

  /** Cancels a watch. */
  public interface Subscription {
    void cancel();
  }

  public CompletableFuture<StateMachine> createStateMachine(CreateStateMachineRequest request) {
    return of(
        machines.withDeadlineAfter(millis(), TimeUnit.MILLISECONDS).createStateMachine(request));
  }

  public CompletableFuture<StateMachine> describeStateMachine(String stateMachineArn) {
    final var request =
        DescribeStateMachineRequest.newBuilder().setStateMachineArn(stateMachineArn).build();
    return of(
        machines.withDeadlineAfter(millis(), TimeUnit.MILLISECONDS).describeStateMachine(request));
  }

  public CompletableFuture<StartExecutionResponse> startExecution(StartExecutionRequest request) {
    return of(
        executions.withDeadlineAfter(millis(), TimeUnit.MILLISECONDS).startExecution(request));
  }

  public CompletableFuture<StartSyncExecutionResponse> startSyncExecution(
      StartExecutionRequest request, Duration deadline) {
    return of(
        executions
            .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
            .startSyncExecution(request));
  }

  public CompletableFuture<Execution> describeExecution(String executionArn) {
    final var request = DescribeExecutionRequest.newBuilder().setExecutionArn(executionArn).build();
    return of(
        executions.withDeadlineAfter(millis(), TimeUnit.MILLISECONDS).describeExecution(request));
  }

  public CompletableFuture<StopExecutionResponse> stopExecution(StopExecutionRequest request) {
    return of(executions.withDeadlineAfter(millis(), TimeUnit.MILLISECONDS).stopExecution(request));
  }

  public CompletableFuture<ListExecutionsResponse> listExecutions(ListExecutionsRequest request) {
    return of(
        executions.withDeadlineAfter(millis(), TimeUnit.MILLISECONDS).listExecutions(request));
  }

  public CompletableFuture<GetExecutionHistoryResponse> getExecutionHistory(
      GetExecutionHistoryRequest request) {
    return of(
        executions.withDeadlineAfter(millis(), TimeUnit.MILLISECONDS).getExecutionHistory(request));
  }

  /**
   * Streams history events to {@code onEvent} as they happen; the future completes when the
   * execution has ended (or fails), and the subscription cancels the watch early.
   */
  public Subscription watch(
      WatchRequest request, Consumer<HistoryEvent> onEvent, CompletableFuture<Void> done) {
    final var observer = new WatchObserver(onEvent, done);
    streams.watch(request, observer);
    return observer::cancel;
  }

  public CompletableFuture<Activity> createActivity(String name) {
    final var request = CreateActivityRequest.newBuilder().setName(name).build();
    return of(
        activities.withDeadlineAfter(millis(), TimeUnit.MILLISECONDS).createActivity(request));
  }

  /** Long-polls for a task; the answer's task token is empty when none arrived. */
  public CompletableFuture<GetActivityTaskResponse> getActivityTask(
      GetActivityTaskRequest request) {
    return of(
        activities
            .withDeadlineAfter(options.pollDeadline().toMillis(), TimeUnit.MILLISECONDS)
            .getActivityTask(request));
  }

  public CompletableFuture<SendTaskSuccessResponse> sendTaskSuccess(
      SendTaskSuccessRequest request) {
    return of(
        activities.withDeadlineAfter(millis(), TimeUnit.MILLISECONDS).sendTaskSuccess(request));
  }

  public CompletableFuture<SendTaskFailureResponse> sendTaskFailure(
      SendTaskFailureRequest request) {
    return of(
        activities.withDeadlineAfter(millis(), TimeUnit.MILLISECONDS).sendTaskFailure(request));
  }

  public CompletableFuture<SendTaskHeartbeatResponse> sendTaskHeartbeat(
      SendTaskHeartbeatRequest request) {
    return of(
        activities.withDeadlineAfter(millis(), TimeUnit.MILLISECONDS).sendTaskHeartbeat(request));
  }

  private long millis() {
    return options.deadline().toMillis();
  }

  private static <T> CompletableFuture<T> of(ListenableFuture<T> future) {
    final CompletableFuture<T> result = new CompletableFuture<>();
    Futures.addCallback(
        future,
        new FutureCallback<T>() {
          @Override
          public void onSuccess(T value) {
            result.complete(value);
          }

          @Override
          public void onFailure(Throwable failure) {
            result.completeExceptionally(BatonClientException.from(failure));
          }
        },
        MoreExecutors.directExecutor());
    return result;
  }

  private static final class WatchObserver
      implements ClientResponseObserver<WatchRequest, WatchResponse> {
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
}
