package io.baton.node.grpc;

import io.baton.engine.definition.validate.DefinitionValidator;
import io.baton.engine.definition.validate.Diagnostic;
import io.baton.engine.execution.HistoryEvent;
import io.baton.node.service.BatonService;
import io.baton.node.service.ServiceModel.Activity;
import io.baton.node.service.ServiceModel.ActivityTask;
import io.baton.node.service.ServiceModel.CreateStateMachine;
import io.baton.node.service.ServiceModel.Execution;
import io.baton.node.service.ServiceModel.ExecutionStarted;
import io.baton.node.service.ServiceModel.ExecutionStatus;
import io.baton.node.service.ServiceModel.ExecutionSummary;
import io.baton.node.service.ServiceModel.HistoryRequest;
import io.baton.node.service.ServiceModel.Page;
import io.baton.node.service.ServiceModel.StartExecution;
import io.baton.node.service.ServiceModel.StateMachine;
import io.baton.node.service.ServiceModel.SyncExecution;
import io.baton.node.service.ServiceModel.Tag;
import io.baton.node.service.ServiceModel.UpdateStateMachine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A small in-memory {@link BatonService}, for the gateway's mapping and protocol tests only; the
 * real node is tested end to end in {@code GrpcNodeIT}. It answers with AWS's error names and runs
 * executions on the engine's local runner (see {@link InMemoryRuns}).
 */
final class InMemoryBatonService implements BatonService {
  final InMemoryActivities activities = new InMemoryActivities();
  private final InMemoryMachines machines = new InMemoryMachines();
  private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
  private final InMemoryRuns runs;

  InMemoryBatonService(Duration eventDelay) {
    this.runs = new InMemoryRuns(activities, timer, eventDelay);
  }

  void shutdown() {
    timer.shutdownNow();
  }

  @Override
  public CompletionStage<StateMachine> createStateMachine(CreateStateMachine request) {
    return async(() -> machines.create(request));
  }

  @Override
  public CompletionStage<StateMachine> updateStateMachine(UpdateStateMachine request) {
    return async(() -> machines.update(request));
  }

  @Override
  public CompletionStage<StateMachine> describeStateMachine(String arn) {
    return async(() -> machines.get(arn));
  }

  @Override
  public CompletionStage<StateMachine> describeStateMachineForExecution(String executionArn) {
    return async(() -> machines.get(runs.get(executionArn).machineArn));
  }

  @Override
  public CompletionStage<Void> deleteStateMachine(String arn) {
    return run(() -> machines.delete(arn));
  }

  @Override
  public CompletionStage<Page<StateMachine>> listStateMachines(int max, Optional<String> token) {
    return async(() -> machines.list(max, token));
  }

  @Override
  public List<Diagnostic> validateDefinition(String definition) {
    return DefinitionValidator.validate(definition);
  }

  @Override
  public CompletionStage<ExecutionStarted> startExecution(StartExecution request) {
    return async(() -> runs.start(machines.get(request.stateMachineArn()), request));
  }

  @Override
  public CompletionStage<SyncExecution> startSyncExecution(StartExecution request) {
    return startExecution(request)
        .thenCompose(s -> awaitEnd(s.executionArn(), Duration.ofDays(1)))
        .thenApply(e -> new SyncExecution(e, 100, 64));
  }

  @Override
  public CompletionStage<Execution> describeExecution(String arn) {
    return async(() -> runs.get(arn).describe());
  }

  @Override
  public CompletionStage<Execution> awaitExecution(String arn, Optional<Duration> timeout) {
    try {
      runs.get(arn);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return awaitEnd(arn, timeout.orElse(MAX_AWAIT));
  }

  @Override
  public CompletionStage<Instant> stopExecution(
      String arn, Optional<String> error, Optional<String> cause) {
    return async(() -> runs.stop(arn, error, cause));
  }

  @Override
  public CompletionStage<Page<ExecutionSummary>> listExecutions(
      String machineArn, Optional<ExecutionStatus> status, int max, Optional<String> token) {
    return async(
        () -> {
          machines.get(machineArn);
          return runs.list(machineArn, status, max, token);
        });
  }

  @Override
  public CompletionStage<Page<HistoryEvent>> getExecutionHistory(HistoryRequest request) {
    return async(() -> runs.history(request));
  }

  @Override
  public CompletionStage<Activity> createActivity(String name, List<Tag> tags) {
    return async(() -> activities.create(name));
  }

  @Override
  public CompletionStage<Activity> describeActivity(String arn) {
    return async(() -> activities.describe(arn));
  }

  @Override
  public CompletionStage<Void> deleteActivity(String arn) {
    return run(() -> activities.delete(arn));
  }

  @Override
  public CompletionStage<Page<Activity>> listActivities(int max, Optional<String> token) {
    return async(() -> InMemoryMachines.page(activities.all(), max, token));
  }

  @Override
  public CompletionStage<Optional<ActivityTask>> getActivityTask(
      String arn, Optional<String> workerName, Duration wait) {
    // The waiting poll itself, so that cancelling it (as the gateway does) withdraws it.
    try {
      return activities.poll(arn, wait);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public CompletionStage<Void> sendTaskSuccess(String token, String output) {
    return run(() -> activities.succeed(token, output));
  }

  @Override
  public CompletionStage<Void> sendTaskFailure(
      String token, Optional<String> error, Optional<String> cause) {
    return run(() -> activities.fail(token, error.orElse(""), cause.orElse("")));
  }

  @Override
  public CompletionStage<Void> sendTaskHeartbeat(String token) {
    return run(() -> activities.heartbeat(token));
  }

  @Override
  public CompletionStage<Void> tagResource(String arn, List<Tag> tags) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletionStage<Void> untagResource(String arn, List<String> keys) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletionStage<List<Tag>> listTagsForResource(String arn) {
    return CompletableFuture.completedFuture(List.of());
  }

  /** The execution once it has ended, or as it is after {@code timeout}; checked every 10 ms. */
  private CompletionStage<Execution> awaitEnd(String arn, Duration timeout) {
    final CompletableFuture<Execution> done = new CompletableFuture<>();
    final long deadline = System.nanoTime() + timeout.toNanos();
    final var check =
        timer.scheduleAtFixedRate(
            () -> {
              final Execution e = runs.get(arn).describe();
              if (e.status() != ExecutionStatus.RUNNING || System.nanoTime() >= deadline) {
                done.complete(e);
              }
            },
            0,
            10,
            TimeUnit.MILLISECONDS);
    return done.whenComplete((e, f) -> check.cancel(false));
  }

  private static <T> CompletionStage<T> async(Supplier<T> work) {
    return CompletableFuture.supplyAsync(work);
  }

  private static CompletionStage<Void> run(Runnable work) {
    return CompletableFuture.runAsync(work);
  }
}
