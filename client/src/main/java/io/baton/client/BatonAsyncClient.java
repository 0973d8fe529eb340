package io.baton.client;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.MoreExecutors;
import io.baton.client.grpc.v1.ActivitiesGrpc;
import io.baton.client.grpc.v1.ActivitiesGrpc.ActivitiesFutureStub;
import io.baton.client.grpc.v1.Activity;
import io.baton.client.grpc.v1.AwaitExecutionRequest;
import io.baton.client.grpc.v1.CreateActivityRequest;
import io.baton.client.grpc.v1.CreateStateMachineRequest;
import io.baton.client.grpc.v1.DeleteActivityRequest;
import io.baton.client.grpc.v1.DeleteActivityResponse;
import io.baton.client.grpc.v1.DeleteStateMachineRequest;
import io.baton.client.grpc.v1.DeleteStateMachineResponse;
import io.baton.client.grpc.v1.DescribeActivityRequest;
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
import io.baton.client.grpc.v1.ListActivitiesRequest;
import io.baton.client.grpc.v1.ListActivitiesResponse;
import io.baton.client.grpc.v1.ListExecutionsRequest;
import io.baton.client.grpc.v1.ListExecutionsResponse;
import io.baton.client.grpc.v1.ListStateMachinesRequest;
import io.baton.client.grpc.v1.ListStateMachinesResponse;
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
import io.baton.client.grpc.v1.UpdateStateMachineRequest;
import io.baton.client.grpc.v1.ValidateDefinitionRequest;
import io.baton.client.grpc.v1.ValidateDefinitionResponse;
import io.baton.client.grpc.v1.WatchRequest;
import io.grpc.Channel;
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
    return of(m().createStateMachine(request));
  }

  public CompletableFuture<StateMachine> updateStateMachine(UpdateStateMachineRequest request) {
    return of(m().updateStateMachine(request));
  }

  public CompletableFuture<StateMachine> describeStateMachine(String stateMachineArn) {
    return of(
        m().describeStateMachine(
                DescribeStateMachineRequest.newBuilder()
                    .setStateMachineArn(stateMachineArn)
                    .build()));
  }

  public CompletableFuture<ListStateMachinesResponse> listStateMachines(
      ListStateMachinesRequest request) {
    return of(m().listStateMachines(request));
  }

  public CompletableFuture<DeleteStateMachineResponse> deleteStateMachine(String stateMachineArn) {
    return of(
        m().deleteStateMachine(
                DeleteStateMachineRequest.newBuilder()
                    .setStateMachineArn(stateMachineArn)
                    .build()));
  }

  public CompletableFuture<ValidateDefinitionResponse> validateDefinition(String definition) {
    return of(
        m().validateDefinition(
                ValidateDefinitionRequest.newBuilder().setDefinition(definition).build()));
  }

  public CompletableFuture<StartExecutionResponse> startExecution(StartExecutionRequest request) {
    return of(e().startExecution(request));
  }

  public CompletableFuture<StartSyncExecutionResponse> startSyncExecution(
      StartExecutionRequest request, Duration deadline) {
    return of(
        executions
            .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
            .startSyncExecution(request));
  }

  public CompletableFuture<Execution> describeExecution(String executionArn) {
    return of(
        e().describeExecution(
                DescribeExecutionRequest.newBuilder().setExecutionArn(executionArn).build()));
  }

  /** The execution once it has ended, or as it is after {@code timeout} (at most 60 s). */
  public CompletableFuture<Execution> awaitExecution(String executionArn, Duration timeout) {
    return of(
        executions
            .withDeadlineAfter(timeout.plus(options.deadline()).toMillis(), TimeUnit.MILLISECONDS)
            .awaitExecution(
                AwaitExecutionRequest.newBuilder()
                    .setExecutionArn(executionArn)
                    .setTimeoutMs(timeout.toMillis())
                    .build()));
  }

  public CompletableFuture<StopExecutionResponse> stopExecution(StopExecutionRequest request) {
    return of(e().stopExecution(request));
  }

  public CompletableFuture<ListExecutionsResponse> listExecutions(ListExecutionsRequest request) {
    return of(e().listExecutions(request));
  }

  public CompletableFuture<GetExecutionHistoryResponse> getExecutionHistory(
      GetExecutionHistoryRequest request) {
    return of(e().getExecutionHistory(request));
  }

  /**
   * Streams history events to {@code onEvent} as they happen; {@code done} completes when the
   * execution has ended (or fails), and the subscription cancels the watch early.
   */
  public Subscription watch(
      WatchRequest request, Consumer<HistoryEvent> onEvent, CompletableFuture<Void> done) {
    final var observer = new WatchObserver(onEvent, done);
    streams.watch(request, observer);
    return observer::cancel;
  }

  public CompletableFuture<Activity> createActivity(String name) {
    return of(a().createActivity(CreateActivityRequest.newBuilder().setName(name).build()));
  }

  public CompletableFuture<Activity> describeActivity(String activityArn) {
    return of(
        a().describeActivity(
                DescribeActivityRequest.newBuilder().setActivityArn(activityArn).build()));
  }

  public CompletableFuture<ListActivitiesResponse> listActivities(ListActivitiesRequest request) {
    return of(a().listActivities(request));
  }

  public CompletableFuture<DeleteActivityResponse> deleteActivity(String activityArn) {
    return of(
        a().deleteActivity(DeleteActivityRequest.newBuilder().setActivityArn(activityArn).build()));
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
    return of(a().sendTaskSuccess(request));
  }

  public CompletableFuture<SendTaskFailureResponse> sendTaskFailure(
      SendTaskFailureRequest request) {
    return of(a().sendTaskFailure(request));
  }

  public CompletableFuture<SendTaskHeartbeatResponse> sendTaskHeartbeat(
      SendTaskHeartbeatRequest request) {
    return of(a().sendTaskHeartbeat(request));
  }

  private StateMachinesFutureStub m() {
    return machines.withDeadlineAfter(options.deadline().toMillis(), TimeUnit.MILLISECONDS);
  }

  private ExecutionsFutureStub e() {
    return executions.withDeadlineAfter(options.deadline().toMillis(), TimeUnit.MILLISECONDS);
  }

  private ActivitiesFutureStub a() {
    return activities.withDeadlineAfter(options.deadline().toMillis(), TimeUnit.MILLISECONDS);
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
}
