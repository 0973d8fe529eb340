package io.baton.node.service;

import io.baton.engine.definition.validate.Diagnostic;
import io.baton.engine.execution.HistoryEvent;
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
import java.util.concurrent.CompletionStage;

/**
 * The node's API, shared by every gateway (AWS JSON on 8083, gRPC on 50051). Stateless: any node
 * answers any call, routing to execution entities through sharding.
 *
 * <ul>
 *   <li>Every method validates its arguments and fails its stage with a {@link BatonException}
 *       named as AWS names the error; the message names the field and the reason.
 *   <li>ARNs are AWS's form; inputs and outputs are JSON text, as on the wire.
 * </ul>
 */
public interface BatonService {
  CompletionStage<StateMachine> createStateMachine(CreateStateMachine request);

  CompletionStage<StateMachine> updateStateMachine(UpdateStateMachine request);

  CompletionStage<StateMachine> describeStateMachine(String stateMachineArn);

  CompletionStage<StateMachine> describeStateMachineForExecution(String executionArn);

  CompletionStage<Void> deleteStateMachine(String stateMachineArn);

  CompletionStage<Page<StateMachine>> listStateMachines(int maxResults, Optional<String> nextToken);

  /** Diagnostics of a definition, errors and warnings, without storing anything. */
  List<Diagnostic> validateDefinition(String definition);

  /** Starts a STANDARD execution (durable), or an EXPRESS one asynchronously. */
  CompletionStage<ExecutionStarted> startExecution(StartExecution request);

  /** Runs an EXPRESS execution on this node and answers with its result. */
  CompletionStage<SyncExecution> startSyncExecution(StartExecution request);

  CompletionStage<Execution> describeExecution(String executionArn);

  /** The longest an {@link #awaitExecution} call waits, and its default. */
  Duration MAX_AWAIT = Duration.ofSeconds(60);

  /**
   * The execution as soon as it has ended, or as it is when {@code timeout} (default and at most
   * {@link #MAX_AWAIT}) has passed. Nothing is stored for the caller: if the execution's node stops
   * meanwhile, the answer is the current description after the timeout, and the caller asks again.
   */
  CompletionStage<Execution> awaitExecution(String executionArn, Optional<Duration> timeout);

  /** Stops a running execution; answers the stop date. */
  CompletionStage<Instant> stopExecution(
      String executionArn, Optional<String> error, Optional<String> cause);

  CompletionStage<Page<ExecutionSummary>> listExecutions(
      String stateMachineArn,
      Optional<ExecutionStatus> status,
      int maxResults,
      Optional<String> nextToken);

  CompletionStage<Page<HistoryEvent>> getExecutionHistory(HistoryRequest request);

  CompletionStage<Activity> createActivity(String name, List<Tag> tags);

  CompletionStage<Activity> describeActivity(String activityArn);

  CompletionStage<Void> deleteActivity(String activityArn);

  CompletionStage<Page<Activity>> listActivities(int maxResults, Optional<String> nextToken);

  /** Long-polls for a task of an activity; empty when none arrived within {@code wait}. */
  CompletionStage<Optional<ActivityTask>> getActivityTask(
      String activityArn, Optional<String> workerName, Duration wait);

  CompletionStage<Void> sendTaskSuccess(String taskToken, String output);

  CompletionStage<Void> sendTaskFailure(
      String taskToken, Optional<String> error, Optional<String> cause);

  CompletionStage<Void> sendTaskHeartbeat(String taskToken);

  CompletionStage<Void> tagResource(String resourceArn, List<Tag> tags);

  CompletionStage<Void> untagResource(String resourceArn, List<String> tagKeys);

  CompletionStage<List<Tag>> listTagsForResource(String resourceArn);
}
