package io.baton.node.api.aws;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.definition.validate.DefinitionValidator;
import io.baton.engine.definition.validate.Diagnostic;
import io.baton.engine.execution.HistoryEvent;
import io.baton.engine.json.Json;
import io.baton.node.service.BatonException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
  private static final String PREFIX = "arn:aws:states:" + REGION + ":" + ACCOUNT + ":";

  private final Map<String, StateMachine> machines = new LinkedHashMap<>();
  private final Map<String, Activity> activities = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> tags = new LinkedHashMap<>();
  final Map<String, Run> runs = new LinkedHashMap<>();
  private final Map<String, List<ActivityTask>> queues = new LinkedHashMap<>();
  private final Map<String, String> tokens = new LinkedHashMap<>();
  private Instant now = Instant.parse("2025-01-15T10:00:00.123Z");

  /** Set by a test to make the next call fail with this, as a broken node would. */
  volatile RuntimeException nextFailure;

  /** The arguments of the last GetActivityTask, for tests of the poll timeout. */
  volatile Duration lastPollWait;

  /** When set, an empty GetActivityTask answers only after its whole wait plus this much. */
  volatile Duration emptyPollOverrun;

  synchronized Instant tick() {
    now = now.plusMillis(1001);
    return now;
  }

  @Override
  public CompletionStage<StateMachine> createStateMachine(CreateStateMachine r) {
    return call(
        () -> {
          final String arn = PREFIX + "stateMachine:" + r.name();
          if (machines.containsKey(arn)) {
            throw new BatonException(
                "StateMachineAlreadyExists", "State Machine Already Exists: '" + arn + "'");
          }
          checkDefinition(r.definition());
          final Instant at = tick();
          final StateMachine machine =
              new StateMachine(
                  arn, r.name(), r.type(), r.definition(), r.roleArn(), null, at, at, "ACTIVE");
          machines.put(arn, machine);
          tags.put(arn, new LinkedHashMap<>(r.tags()));
          return machine;
        });
  }

  @Override
  public CompletionStage<StateMachine> updateStateMachine(UpdateStateMachine r) {
    return call(
        () -> {
          final StateMachine old = machine(r.stateMachineArn());
          r.definition().ifPresent(this::checkDefinition);
          final StateMachine machine =
              new StateMachine(
                  old.arn(),
                  old.name(),
                  old.type(),
                  r.definition().orElse(old.definition()),
                  r.roleArn().orElse(old.roleArn()),
                  UUID.randomUUID().toString(),
                  old.creationDate(),
                  tick(),
                  old.status());
          machines.put(old.arn(), machine);
          return machine;
        });
  }

  @Override
  public CompletionStage<StateMachine> describeStateMachine(String arn) {
    return call(() -> machine(arn));
  }

  @Override
  public CompletionStage<StateMachine> describeStateMachineForExecution(String executionArn) {
    return call(() -> machine(run(executionArn).machineArn));
  }

  @Override
  public CompletionStage<Void> deleteStateMachine(String arn) {
    return call(
        () -> {
          machines.remove(arn);
          return null;
        });
  }

  @Override
  public CompletionStage<Page<StateMachine>> listStateMachines(int max, Optional<String> token) {
    return call(() -> Pages.of(new ArrayList<>(machines.values()), max, token));
  }

  @Override
  public List<Diagnostic> validateDefinition(String definition) {
    return DefinitionValidator.validate(definition);
  }

  @Override
  public CompletionStage<ExecutionStarted> startExecution(StartExecution r) {
    return call(
        () -> {
          final Run run = start(r);
          return new ExecutionStarted(run.arn, run.startDate);
        });
  }

  @Override
  public CompletionStage<SyncExecution> startSyncExecution(StartExecution r) {
    return call(() -> new SyncExecution(start(r).execution(), 100, 64));
  }

  @Override
  public CompletionStage<Execution> describeExecution(String arn) {
    return call(() -> run(arn).execution());
  }

  @Override
  public CompletionStage<Instant> stopExecution(
      String arn, Optional<String> error, Optional<String> cause) {
    return call(
        () -> {
          final Run run = run(arn);
          if (run.status == ExecutionStatus.RUNNING) {
            run.finish(ExecutionStatus.ABORTED, "ExecutionAborted", tick(), null, error, cause);
          }
          return run.stopDate;
        });
  }

  @Override
  public CompletionStage<Page<ExecutionSummary>> listExecutions(
      String machineArn, Optional<ExecutionStatus> status, int max, Optional<String> token) {
    return call(
        () -> {
          machine(machineArn);
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
          final List<HistoryEvent> events = new ArrayList<>(run(r.executionArn()).events);
          if (r.reverseOrder()) {
            Collections.reverse(events);
          }
          return Pages.of(events, r.maxResults(), r.nextToken());
        });
  }

  @Override
  public CompletionStage<Activity> createActivity(String name, List<Tag> newTags) {
    return call(
        () -> {
          final String arn = PREFIX + "activity:" + name;
          final Activity activity =
              activities.computeIfAbsent(arn, a -> new Activity(arn, name, tick()));
          final Map<String, String> map = tags.computeIfAbsent(arn, a -> new LinkedHashMap<>());
          newTags.forEach(t -> map.put(t.key(), t.value()));
          return activity;
        });
  }

  @Override
  public CompletionStage<Activity> describeActivity(String arn) {
    return call(() -> activity(arn));
  }

  @Override
  public CompletionStage<Void> deleteActivity(String arn) {
    return call(
        () -> {
          activities.remove(arn);
          return null;
        });
  }

  @Override
  public CompletionStage<Page<Activity>> listActivities(int max, Optional<String> token) {
    return call(() -> Pages.of(new ArrayList<>(activities.values()), max, token));
  }

  @Override
  public CompletionStage<Optional<ActivityTask>> getActivityTask(
      String arn, Optional<String> workerName, Duration wait) {
    final CompletionStage<Optional<ActivityTask>> answer =
        call(
            () -> {
              activity(arn);
              lastPollWait = wait;
              final List<ActivityTask> queue = queues.getOrDefault(arn, new ArrayList<>());
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
    return call(
        () -> {
          runForToken(token)
              .finish(
                  ExecutionStatus.SUCCEEDED,
                  "ExecutionSucceeded",
                  tick(),
                  output,
                  Optional.empty(),
                  Optional.empty());
          return null;
        });
  }

  @Override
  public CompletionStage<Void> sendTaskFailure(
      String token, Optional<String> error, Optional<String> cause) {
    return call(
        () -> {
          runForToken(token)
              .finish(ExecutionStatus.FAILED, "ExecutionFailed", tick(), null, error, cause);
          return null;
        });
  }

  @Override
  public CompletionStage<Void> sendTaskHeartbeat(String token) {
    return call(
        () -> {
          runForToken(token);
          return null;
        });
  }

  @Override
  public CompletionStage<Void> tagResource(String arn, List<Tag> newTags) {
    return call(
        () -> {
          final Map<String, String> map = tagsOf(arn);
          newTags.forEach(t -> map.put(t.key(), t.value()));
          return null;
        });
  }

  @Override
  public CompletionStage<Void> untagResource(String arn, List<String> keys) {
    return call(
        () -> {
          tagsOf(arn).keySet().removeAll(keys);
          return null;
        });
  }

  @Override
  public CompletionStage<List<Tag>> listTagsForResource(String arn) {
    return call(
        () ->
            tagsOf(arn).entrySet().stream()
                .map(e -> new Tag(e.getKey(), e.getValue()))
                .collect(Collectors.toList()));
  }

  private Run start(StartExecution r) {
    final StateMachine machine = machine(r.stateMachineArn());
    final String name = r.name().orElseGet(() -> UUID.randomUUID().toString());
    final String arn = PREFIX + "execution:" + machine.name() + ":" + name;
    final Run existing = runs.get(arn);
    if (existing != null) {
      throw new BatonException("ExecutionAlreadyExists", "Execution Already Exists: '" + arn + "'");
    }
    final Run run = new Run(arn, machine, name, r.input(), tick());
    runs.put(arn, run);
    final JsonNode definition = Json.parse(machine.definition());
    final String startAt = definition.path("StartAt").asText();
    final JsonNode first = definition.path("States").path(startAt);
    final String type = first.path("Type").asText();
    if ("Task".equals(type) && first.path("Resource").asText().contains(":activity:")) {
      run.waitForActivity(startAt, first.path("Resource").asText(), tick());
      final String token = UUID.randomUUID().toString();
      tokens.put(token, arn);
      queues
          .computeIfAbsent(first.path("Resource").asText(), a -> new ArrayList<>())
          .add(new ActivityTask(token, r.input()));
    } else if ("Fail".equals(type)) {
      run.finish(
          ExecutionStatus.FAILED,
          "ExecutionFailed",
          tick(),
          null,
          Optional.of(first.path("Error").asText("")),
          Optional.of(first.path("Cause").asText("")));
    } else {
      run.pass(startAt, tick());
      run.finish(
          ExecutionStatus.SUCCEEDED,
          "ExecutionSucceeded",
          tick(),
          r.input(),
          Optional.empty(),
          Optional.empty());
    }
    return run;
  }

  private void checkDefinition(String definition) {
    final List<Diagnostic> errors =
        DefinitionValidator.validate(definition).stream()
            .filter(Diagnostic::isError)
            .collect(Collectors.toList());
    if (!errors.isEmpty()) {
      throw new BatonException(
          "InvalidDefinition", "Invalid State Machine Definition: '" + errors + "'");
    }
  }

  private StateMachine machine(String arn) {
    final StateMachine machine = machines.get(arn);
    if (machine == null) {
      throw new BatonException(
          "StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
    }
    return machine;
  }

  private Run run(String arn) {
    final Run run = runs.get(arn);
    if (run == null) {
      throw new BatonException("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
    }
    return run;
  }

  private Run runForToken(String token) {
    final String arn = tokens.get(token);
    if (arn == null) {
      throw new BatonException("InvalidToken", "Invalid Token: '" + token + "'");
    }
    return run(arn);
  }

  private Activity activity(String arn) {
    final Activity activity = activities.get(arn);
    if (activity == null) {
      throw new BatonException("ActivityDoesNotExist", "Activity Does Not Exist: '" + arn + "'");
    }
    return activity;
  }

  private Map<String, String> tagsOf(String arn) {
    if (!machines.containsKey(arn) && !activities.containsKey(arn)) {
      throw new BatonException("ResourceNotFound", "Resource not found: '" + arn + "'");
    }
    return tags.computeIfAbsent(arn, a -> new LinkedHashMap<>());
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
