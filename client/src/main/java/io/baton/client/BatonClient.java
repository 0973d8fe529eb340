package io.baton.client;

import io.baton.client.grpc.v1.ActivitiesGrpc;
import io.baton.client.grpc.v1.ActivitiesGrpc.ActivitiesBlockingStub;
import io.baton.client.grpc.v1.Activity;
import io.baton.client.grpc.v1.AwaitExecutionRequest;
import io.baton.client.grpc.v1.CreateActivityRequest;
import io.baton.client.grpc.v1.CreateStateMachineRequest;
import io.baton.client.grpc.v1.DeleteActivityRequest;
import io.baton.client.grpc.v1.DeleteStateMachineRequest;
import io.baton.client.grpc.v1.DescribeActivityRequest;
import io.baton.client.grpc.v1.DescribeExecutionRequest;
import io.baton.client.grpc.v1.DescribeStateMachineForExecutionRequest;
import io.baton.client.grpc.v1.DescribeStateMachineRequest;
import io.baton.client.grpc.v1.Execution;
import io.baton.client.grpc.v1.ExecutionsGrpc;
import io.baton.client.grpc.v1.ExecutionsGrpc.ExecutionsBlockingStub;
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
import io.baton.client.grpc.v1.SendTaskHeartbeatRequest;
import io.baton.client.grpc.v1.SendTaskSuccessRequest;
import io.baton.client.grpc.v1.StartExecutionRequest;
import io.baton.client.grpc.v1.StartExecutionResponse;
import io.baton.client.grpc.v1.StartSyncExecutionResponse;
import io.baton.client.grpc.v1.StateMachine;
import io.baton.client.grpc.v1.StateMachinesGrpc;
import io.baton.client.grpc.v1.StateMachinesGrpc.StateMachinesBlockingStub;
import io.baton.client.grpc.v1.StopExecutionRequest;
import io.baton.client.grpc.v1.StopExecutionResponse;
import io.baton.client.grpc.v1.UpdateStateMachineRequest;
import io.baton.client.grpc.v1.ValidateDefinitionRequest;
import io.baton.client.grpc.v1.ValidateDefinitionResponse;
import io.baton.client.grpc.v1.WatchRequest;
import io.grpc.Channel;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The blocking Java client of a Baton node; {@link #async()} gives the same calls as futures.
 *
 * <ul>
 *   <li>Every call has a deadline ({@link ClientOptions}); idempotent calls are retried.
 *   <li>Every failure is a {@link BatonClientException} carrying the AWS error name.
 *   <li>Thread-safe; create one per process and {@link #close()} it at the end.
 * </ul>
 */
public final class BatonClient implements AutoCloseable {
  private final ManagedChannel ownedChannel;
  private final ClientOptions options;
  private final StateMachinesBlockingStub machines;
  private final ExecutionsBlockingStub executions;
  private final ActivitiesBlockingStub activities;
  private final BatonAsyncClient async;

  private BatonClient(Channel channel, ManagedChannel ownedChannel, ClientOptions options) {
    this.ownedChannel = ownedChannel;
    this.options = options;
    this.machines = StateMachinesGrpc.newBlockingStub(channel);
    this.executions = ExecutionsGrpc.newBlockingStub(channel);
    this.activities = ActivitiesGrpc.newBlockingStub(channel);
    this.async = new BatonAsyncClient(channel, options);
  }

  /** Connects to {@code host:port} with the default options. */
  public static BatonClient connect(String endpoint) {
    return connect(ClientOptions.defaults().withEndpoint(endpoint));
  }

  public static BatonClient connect(ClientOptions options) {
    final ManagedChannel channel = Channels.open(options);
    return new BatonClient(channel, channel, options);
  }

  /** A client over a channel the caller owns (and closes); retries are the channel's. */
  public static BatonClient over(Channel channel, ClientOptions options) {
    return new BatonClient(channel, null, options);
  }

  public BatonAsyncClient async() {
    return async;
  }

  public ClientOptions options() {
    return options;
  }

  public StateMachine createStateMachine(CreateStateMachineRequest request) {
    return call(() -> machines().createStateMachine(request));
  }

  public StateMachine updateStateMachine(UpdateStateMachineRequest request) {
    return call(() -> machines().updateStateMachine(request));
  }

  public StateMachine describeStateMachine(String stateMachineArn) {
    final var request =
        DescribeStateMachineRequest.newBuilder().setStateMachineArn(stateMachineArn).build();
    return call(() -> machines().describeStateMachine(request));
  }

  public StateMachine describeStateMachineForExecution(String executionArn) {
    final var request =
        DescribeStateMachineForExecutionRequest.newBuilder().setExecutionArn(executionArn).build();
    return call(() -> machines().describeStateMachineForExecution(request));
  }

  public ListStateMachinesResponse listStateMachines(ListStateMachinesRequest request) {
    return call(() -> machines().listStateMachines(request));
  }

  public void deleteStateMachine(String stateMachineArn) {
    final var request =
        DeleteStateMachineRequest.newBuilder().setStateMachineArn(stateMachineArn).build();
    call(() -> machines().deleteStateMachine(request));
  }

  public ValidateDefinitionResponse validateDefinition(String definition) {
    final var request = ValidateDefinitionRequest.newBuilder().setDefinition(definition).build();
    return call(() -> machines().validateDefinition(request));
  }

  public StartExecutionResponse startExecution(StartExecutionRequest request) {
    return call(() -> executions().startExecution(request));
  }

  public StartExecutionResponse startExecution(String stateMachineArn, String input) {
    return startExecution(
        StartExecutionRequest.newBuilder()
            .setStateMachineArn(stateMachineArn)
            .setInput(input)
            .build());
  }

  /** Runs an EXPRESS execution to its end, waiting at most {@code deadline}. */
  public StartSyncExecutionResponse startSyncExecution(
      StartExecutionRequest request, Duration deadline) {
    return call(
        () ->
            executions
                .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                .startSyncExecution(request));
  }

  public Execution describeExecution(String executionArn) {
    final var request = DescribeExecutionRequest.newBuilder().setExecutionArn(executionArn).build();
    return call(() -> executions().describeExecution(request));
  }

  /**
   * The execution once it has ended, or as it is after {@code timeout} (at most 60 s): check its
   * status and ask again while it is RUNNING. The call's deadline is the timeout plus the client's
   * normal deadline.
   */
  public Execution awaitExecution(String executionArn, Duration timeout) {
    final var request =
        AwaitExecutionRequest.newBuilder()
            .setExecutionArn(executionArn)
            .setTimeoutMs(timeout.toMillis())
            .build();
    return call(
        () ->
            executions
                .withDeadlineAfter(
                    timeout.plus(options.deadline()).toMillis(), TimeUnit.MILLISECONDS)
                .awaitExecution(request));
  }

  public StopExecutionResponse stopExecution(StopExecutionRequest request) {
    return call(() -> executions().stopExecution(request));
  }

  public ListExecutionsResponse listExecutions(ListExecutionsRequest request) {
    return call(() -> executions().listExecutions(request));
  }

  public GetExecutionHistoryResponse getExecutionHistory(GetExecutionHistoryRequest request) {
    return call(() -> executions().getExecutionHistory(request));
  }

  /**
   * Hands each history event to {@code onEvent} as it happens and returns when the execution has
   * ended. No deadline: cancel the current gRPC {@code Context} to stop early.
   */
  public void watch(WatchRequest request, Consumer<HistoryEvent> onEvent) {
    call(
        () -> {
          final var stream = executions.watch(request);
          stream.forEachRemaining(r -> onEvent.accept(r.getEvent()));
          return null;
        });
  }

  public Activity createActivity(String name) {
    final var request = CreateActivityRequest.newBuilder().setName(name).build();
    return call(() -> activities().createActivity(request));
  }

  public Activity describeActivity(String activityArn) {
    final var request = DescribeActivityRequest.newBuilder().setActivityArn(activityArn).build();
    return call(() -> activities().describeActivity(request));
  }

  public ListActivitiesResponse listActivities(ListActivitiesRequest request) {
    return call(() -> activities().listActivities(request));
  }

  public void deleteActivity(String activityArn) {
    final var request = DeleteActivityRequest.newBuilder().setActivityArn(activityArn).build();
    call(() -> activities().deleteActivity(request));
  }

  /** Long-polls for a task (up to 60 s); empty when none arrived. */
  public Optional<GetActivityTaskResponse> getActivityTask(String activityArn, String workerName) {
    final var request =
        GetActivityTaskRequest.newBuilder()
            .setActivityArn(activityArn)
            .setWorkerName(workerName)
            .build();
    final GetActivityTaskResponse task =
        call(
            () ->
                activities
                    .withDeadlineAfter(options.pollDeadline().toMillis(), TimeUnit.MILLISECONDS)
                    .getActivityTask(request));
    return task.getTaskToken().isEmpty() ? Optional.empty() : Optional.of(task);
  }

  public void sendTaskSuccess(String taskToken, String output) {
    final var request =
        SendTaskSuccessRequest.newBuilder().setTaskToken(taskToken).setOutput(output).build();
    call(() -> activities().sendTaskSuccess(request));
  }

  public void sendTaskFailure(String taskToken, String error, String cause) {
    final var request =
        SendTaskFailureRequest.newBuilder()
            .setTaskToken(taskToken)
            .setError(error)
            .setCause(cause)
            .build();
    call(() -> activities().sendTaskFailure(request));
  }

  public void sendTaskHeartbeat(String taskToken) {
    final var request = SendTaskHeartbeatRequest.newBuilder().setTaskToken(taskToken).build();
    call(() -> activities().sendTaskHeartbeat(request));
  }

  /** Closes the channel this client opened (not one passed to {@link #over}). */
  @Override
  public void close() {
    if (ownedChannel != null) {
      Channels.close(ownedChannel);
    }
  }

  private StateMachinesBlockingStub machines() {
    return machines.withDeadlineAfter(options.deadline().toMillis(), TimeUnit.MILLISECONDS);
  }

  private ExecutionsBlockingStub executions() {
    return executions.withDeadlineAfter(options.deadline().toMillis(), TimeUnit.MILLISECONDS);
  }

  private ActivitiesBlockingStub activities() {
    return activities.withDeadlineAfter(options.deadline().toMillis(), TimeUnit.MILLISECONDS);
  }

  private static <T> T call(Supplier<T> call) {
    try {
      return call.get();
    } catch (StatusRuntimeException e) {
      throw BatonClientException.from(e);
    }
  }
}
