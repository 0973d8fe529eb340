package io.baton.node.service.internal;

import static io.baton.node.service.internal.Stages.guard;

import io.baton.engine.definition.validate.Diagnostic;
import io.baton.engine.execution.HistoryEvent;
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
import io.baton.node.service.ServiceModel.MachineType;
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
import java.util.concurrent.CompletionStage;

/** The node's {@link BatonService}: argument checks here, state in entities and tables. */
public final class NodeService implements BatonService, AutoCloseable {
  private final NodeContext node;
  private final StateMachineOps machines;
  private final ExecutionOps executions;
  private final ExpressOps express;
  private final ActivityOps activities;
  private final TagOps tags;

  public NodeService(NodeContext node) {
    this.node = node;
    this.machines = new StateMachineOps(node);
    this.executions = new ExecutionOps(node, machines);
    this.express = new ExpressOps(node);
    this.activities = new ActivityOps(node);
    this.tags = new TagOps(node, machines, activities);
  }

  @Override
  public CompletionStage<StateMachine> createStateMachine(CreateStateMachine request) {
    return machines.create(request);
  }

  @Override
  public CompletionStage<StateMachine> updateStateMachine(UpdateStateMachine request) {
    return machines.update(request);
  }

  @Override
  public CompletionStage<StateMachine> describeStateMachine(String stateMachineArn) {
    return machines.describe(stateMachineArn);
  }

  @Override
  public CompletionStage<StateMachine> describeStateMachineForExecution(String executionArn) {
    return executions.describeMachineFor(executionArn);
  }

  @Override
  public CompletionStage<Void> deleteStateMachine(String stateMachineArn) {
    return machines.delete(stateMachineArn);
  }

  @Override
  public CompletionStage<Page<StateMachine>> listStateMachines(
      int maxResults, Optional<String> nextToken) {
    return machines.list(maxResults, nextToken);
  }

  @Override
  public List<Diagnostic> validateDefinition(String definition) {
    return machines.validate(definition);
  }

  @Override
  public CompletionStage<ExecutionStarted> startExecution(StartExecution request) {
    return guard(
        () -> {
          final ExecutionOps.Target target = ExecutionOps.Target.parse(request.stateMachineArn());
          return machines
              .forStart(target.machineArn())
              .thenCompose(
                  m -> {
                    if (MachineType.EXPRESS.name().equals(m.type())) {
                      final String input = executions.checkedInput(request.input());
                      final String name = ExpressOps.name(request.name(), node);
                      final String arn = express.arn(m, name);
                      // Asynchronous EXPRESS runs are fire-and-forget, as on AWS.
                      express.run(m, arn, name, input, target.testCase());
                      return StateMachineOps.completed(
                          new ExecutionStarted(arn, node.clock().instant()));
                    }
                    return executions.start(request, m, target);
                  });
        });
  }

  @Override
  public CompletionStage<SyncExecution> startSyncExecution(StartExecution request) {
    return guard(
        () -> {
          final ExecutionOps.Target target = ExecutionOps.Target.parse(request.stateMachineArn());
          return machines
              .get(target.machineArn())
              .thenCompose(
                  m -> {
                    if (!MachineType.EXPRESS.name().equals(m.type())) {
                      throw new BatonException(
                          "StateMachineTypeNotSupported",
                          "This operation is not supported by this type of state machine");
                    }
                    final String input = executions.checkedInput(request.input());
                    final String name = ExpressOps.name(request.name(), node);
                    return express.run(m, express.arn(m, name), name, input, target.testCase());
                  });
        });
  }

  @Override
  public CompletionStage<Execution> describeExecution(String executionArn) {
    return executions.describe(executionArn);
  }

  @Override
  public CompletionStage<Execution> awaitExecution(
      String executionArn, Optional<Duration> timeout) {
    return executions.await(executionArn, timeout);
  }

  @Override
  public CompletionStage<Instant> stopExecution(
      String executionArn, Optional<String> error, Optional<String> cause) {
    return executions.stop(executionArn, error, cause);
  }

  @Override
  public CompletionStage<Page<ExecutionSummary>> listExecutions(
      String stateMachineArn,
      Optional<ExecutionStatus> status,
      int maxResults,
      Optional<String> nextToken) {
    return executions.list(stateMachineArn, status, maxResults, nextToken);
  }

  @Override
  public CompletionStage<Page<HistoryEvent>> getExecutionHistory(HistoryRequest request) {
    return executions.history(request);
  }

  @Override
  public CompletionStage<Activity> createActivity(String name, List<Tag> tags) {
    return activities.create(name, tags);
  }

  @Override
  public CompletionStage<Activity> describeActivity(String activityArn) {
    return activities.describe(activityArn);
  }

  @Override
  public CompletionStage<Void> deleteActivity(String activityArn) {
    return activities.delete(activityArn);
  }

  @Override
  public CompletionStage<Page<Activity>> listActivities(
      int maxResults, Optional<String> nextToken) {
    return activities.list(maxResults, nextToken);
  }

  @Override
  public CompletionStage<Optional<ActivityTask>> getActivityTask(
      String activityArn, Optional<String> workerName, Duration wait) {
    return activities.poll(activityArn, workerName, wait);
  }

  @Override
  public CompletionStage<Void> sendTaskSuccess(String taskToken, String output) {
    return activities.answer(taskToken, "SUCCEEDED", output, null, null);
  }

  @Override
  public CompletionStage<Void> sendTaskFailure(
      String taskToken, Optional<String> error, Optional<String> cause) {
    return activities.answer(taskToken, "FAILED", null, error.orElse(""), cause.orElse(""));
  }

  @Override
  public CompletionStage<Void> sendTaskHeartbeat(String taskToken) {
    return activities.answer(taskToken, "HEARTBEAT", null, null, null);
  }

  @Override
  public CompletionStage<Void> tagResource(String resourceArn, List<Tag> tagList) {
    return tags.tag(resourceArn, tagList);
  }

  @Override
  public CompletionStage<Void> untagResource(String resourceArn, List<String> tagKeys) {
    return tags.untag(resourceArn, tagKeys);
  }

  @Override
  public CompletionStage<List<Tag>> listTagsForResource(String resourceArn) {
    return tags.list(resourceArn);
  }

  @Override
  public void close() {
    express.close();
  }
}
