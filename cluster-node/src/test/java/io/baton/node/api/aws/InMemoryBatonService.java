package io.baton.node.api.aws;

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A {@link BatonService} in memory, for the gateway's protocol tests only: enough behaviour to give
 * every action a realistic answer, none of the engine. An execution whose first state is an
 * activity Task waits for a worker; a Fail state fails it; anything else succeeds at once with its
 * input as output. The real node is tested end to end elsewhere.
 */
final class InMemoryBatonService implements BatonService {
  static final String REGION = "us-east-1";
  static final String ACCOUNT = "123456789012";
  static final String PREFIX = "arn:aws:states:" + REGION + ":" + ACCOUNT + ":";

  private final InMemoryStore store = new InMemoryStore();

  /** Every execution by ARN, for tests that look inside. */
  final Map<String, Run> runs = store.runs;

  /** Set by a test to make the next call fail with this, as a broken node would. */
  volatile RuntimeException nextFailure;

  /** The arguments of the last GetActivityTask, for tests of the poll timeout. */
  volatile Duration lastPollWait;

  /** When set, an empty GetActivityTask answers only after its whole wait plus this much. */
  volatile Duration emptyPollOverrun;

  @Override
  public CompletionStage<StateMachine> createStateMachine(CreateStateMachine r) {
    return call(() -> store.create(r));
  }

  @Override
  public CompletionStage<StateMachine> updateStateMachine(UpdateStateMachine r) {
    return call(() -> store.update(r));
  }

  @Override
  public CompletionStage<StateMachine> describeStateMachine(String arn) {
    return call(() -> store.machine(arn));
  }

  @Override
  public CompletionStage<StateMachine> describeStateMachineForExecution(String executionArn) {
    return call(() -> store.machine(store.run(executionArn).machineArn));
  }

  @Override
  public CompletionStage<Void> deleteStateMachine(String arn) {
    return callVoid(() -> store.machines.remove(arn));
  }

  @Override
  public CompletionStage<Page<StateMachine>> listStateMachines(int max, Optional<String> token) {
    return call(() -> Pages.of(new ArrayList<>(store.machines.values()), max, token));
  }

  @Override
  public List<Diagnostic> validateDefinition(String definition) {
    return DefinitionValidator.validate(definition);
  }

  @Override
  public CompletionStage<ExecutionStarted> startExecution(StartExecution r) {
    return call(
        () -> {
          final Run run = store.start(r);
          return new ExecutionStarted(run.arn, run.startDate);
        });
  }

  @Override
  public CompletionStage<SyncExecution> startSyncExecution(StartExecution r) {
    return call(() -> new SyncExecution(store.start(r).execution(), 100, 64));
  }

  @Override
  public CompletionStage<Execution> describeExecution(String arn) {
    return call(() -> store.run(arn).execution());
  }

  /** The AWS API has no such action; answering the current state is enough for this double. */
  @Override
  public CompletionStage<Execution> awaitExecution(String arn, Optional<Duration> timeout) {
    return describeExecution(arn);
  }

  @Override
  public CompletionStage<Instant> stopExecution(
      String arn, Optional<String> error, Optional<String> cause) {
    return call(
        () -> {
          final Run run = store.run(arn);
          if (run.status == ExecutionStatus.RUNNING) {
            run.finish(
                ExecutionStatus.ABORTED, "ExecutionAborted", store.tick(), null, error, cause);
          }
          return run.stopDate;
        });
  }

  @Override
  public CompletionStage<Page<ExecutionSummary>> listExecutions(
      String machineArn, Optional<ExecutionStatus> status, int max, Optional<String> token) {
    return call(
        () -> {
          store.machine(machineArn);
          final List<ExecutionSummary> items =
              runs.values().stream()
                  .filter(run -> run.machineArn.equals(machineArn))
                  .filter(run -> status.isEmpty() || status.get() == run.status)
                  .map(Run::summary)
                  .collect(Collectors.toList());
          return Pages.of(items, max, token);
        });
  }

  @Override
  public CompletionStage<Page<HistoryEvent>> getExecutionHistory(HistoryRequest r) {
    return call(
        () -> {
          final List<HistoryEvent> events = new ArrayList<>(store.run(r.executionArn()).events);
          if (r.reverseOrder()) {
            Collections.reverse(events);
          }
          return Pages.of(events, r.maxResults(), r.nextToken());
        });
  }

  @Override
  public CompletionStage<Activity> createActivity(String name, List<Tag> newTags) {
    return call(() -> store.createActivity(name, newTags));
  }

  @Override
  public CompletionStage<Activity> describeActivity(String arn) {
    return call(() -> store.activity(arn));
  }

  @Override
  public CompletionStage<Void> deleteActivity(String arn) {
    return callVoid(() -> store.activities.remove(arn));
  }

  @Override
  public CompletionStage<Page<Activity>> listActivities(int max, Optional<String> token) {
    return call(() -> Pages.of(new ArrayList<>(store.activities.values()), max, token));
  }

  @Override
  public CompletionStage<Optional<ActivityTask>> getActivityTask(
      String arn, Optional<String> workerName, Duration wait) {
    final CompletionStage<Optional<ActivityTask>> answer =
        call(
            () -> {
              store.activity(arn);
              lastPollWait = wait;
              final List<ActivityTask> queue = store.queues.getOrDefault(arn, new ArrayList<>());
              return queue.isEmpty() ? Optional.empty() : Optional.of(queue.remove(0));
            });
    final Duration overrun = emptyPollOverrun;
    if (overrun == null) {
      return answer;
    }
    // Like a real node: no task means the answer comes when the wait is over.
    final long delayMillis = wait.plus(overrun).toMillis();
    return answer.thenCompose(
        task ->
            task.isPresent()
                ? CompletableFuture.completedFuture(task)
                : CompletableFuture.supplyAsync(
                    () -> task,
                    CompletableFuture.delayedExecutor(delayMillis, TimeUnit.MILLISECONDS)));
  }

  @Override
  public CompletionStage<Void> sendTaskSuccess(String token, String output) {
    return callVoid(
        () ->
            store
                .runForToken(token)
                .finish(
                    ExecutionStatus.SUCCEEDED,
                    "ExecutionSucceeded",
                    store.tick(),
                    output,
                    Optional.empty(),
                    Optional.empty()));
  }

  @Override
  public CompletionStage<Void> sendTaskFailure(
      String token, Optional<String> error, Optional<String> cause) {
    return callVoid(
        () ->
            store
                .runForToken(token)
                .finish(
                    ExecutionStatus.FAILED, "ExecutionFailed", store.tick(), null, error, cause));
  }

  @Override
  public CompletionStage<Void> sendTaskHeartbeat(String token) {
    return callVoid(() -> store.runForToken(token));
  }

  @Override
  public CompletionStage<Void> tagResource(String arn, List<Tag> newTags) {
    return callVoid(() -> newTags.forEach(t -> store.tagsOf(arn).put(t.key(), t.value())));
  }

  @Override
  public CompletionStage<Void> untagResource(String arn, List<String> keys) {
    return callVoid(() -> store.tagsOf(arn).keySet().removeAll(keys));
  }

  @Override
  public CompletionStage<List<Tag>> listTagsForResource(String arn) {
    return call(
        () ->
            store.tagsOf(arn).entrySet().stream()
                .map(e -> new Tag(e.getKey(), e.getValue()))
                .collect(Collectors.toList()));
  }

  private CompletionStage<Void> callVoid(Runnable body) {
    return call(
        () -> {
          body.run();
          return null;
        });
  }

  /** Runs {@code body} as the node would: failures complete the stage, never throw. */
  private synchronized <T> CompletionStage<T> call(Supplier<T> body) {
    final RuntimeException failure = nextFailure;
    if (failure != null) {
      nextFailure = null;
      return CompletableFuture.failedFuture(failure);
    }
    try {
      return CompletableFuture.completedFuture(body.get());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
