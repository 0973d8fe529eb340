package io.baton.node.task;

import akka.actor.typed.ActorRef;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import io.baton.engine.interpreter.Effect;
import io.baton.engine.json.Json;
import io.baton.engine.mock.MockConfig;
import io.baton.engine.mock.MockTaskInvoker;
import io.baton.engine.mock.MockedResponse;
import io.baton.engine.runner.TaskOutcome;
import io.baton.node.entity.ExecutionCommands;
import io.baton.node.entity.TaskDispatcher;
import io.baton.persistence.JournalEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The task resources a node serves by itself: activities (queued for workers), callbacks ({@code
 * .waitForTaskToken}: the token went out in the parameters, the answer comes through
 * SendTaskSuccess/Failure), and the mock file for executions started on {@code arn#TestCase}.
 * Anything else fails the task with a clear cause until its integration exists.
 */
public final class NodeTaskDispatcher implements TaskDispatcher {
  private final ClusterSharding sharding;
  private final TaskTokenCodec tokens;
  private final Optional<MockConfig> mocks;
  private final Map<String, MockTaskInvoker> mockInvokers = new ConcurrentHashMap<>();

  public NodeTaskDispatcher(
      ClusterSharding sharding, TaskTokenCodec tokens, Optional<MockConfig> mocks) {
    this.sharding = sharding;
    this.tokens = tokens;
    this.mocks = mocks;
  }

  @Override
  public void dispatch(
      JournalEvent.ExecutionCreated execution,
      Effect.InvokeTask task,
      ActorRef<ExecutionCommands.Command> self) {
    final Optional<MockTaskInvoker> mock = mockFor(execution);
    if (mock.isPresent()) {
      mock.get().invoke(task).thenAccept(outcome -> self.tell(update(task, outcome)));
      return;
    }
    if (task.isActivity()) {
      final String resource = task.resource();
      sharding
          .entityRefFor(ActivityQueue.TYPE_KEY, resource)
          .tell(
              new ActivityQueue.Offer(
                  new ActivityQueue.Task(
                      tokens.sign(execution.executionArn(), task.taskId()),
                      Json.write(task.parameters()),
                      execution.executionArn(),
                      task.taskId())));
      return;
    }
    if (task.waitsForTaskToken()) {
      return;
    }
    self.tell(
        update(
            task,
            TaskOutcome.failure(
                "States.TaskFailed",
                "This node has no integration for resource '"
                    + task.resource()
                    + "' (state '"
                    + task.stateName()
                    + "'): use an activity, .waitForTaskToken, or a mock test case")));
  }

  /**
   * A queued activity task is removed from its queue. Callbacks need nothing: their token names a
   * task the execution no longer awaits, so SendTaskSuccess/Failure/Heartbeat are refused.
   */
  @Override
  public void withdraw(JournalEvent.ExecutionCreated execution, Effect.CancelTask task) {
    if (task.isActivity() && mockFor(execution).isEmpty()) {
      sharding
          .entityRefFor(ActivityQueue.TYPE_KEY, task.resource())
          .tell(new ActivityQueue.Withdraw(execution.executionArn(), task.taskId()));
    }
  }

  @Override
  public void forget(String executionArn) {
    mockInvokers.remove(executionArn);
  }

  private Optional<MockTaskInvoker> mockFor(JournalEvent.ExecutionCreated execution) {
    if (execution.mockTestCase() == null || mocks.isEmpty()) {
      return Optional.empty();
    }
    final String key =
        execution.parentExecutionArn() != null
            ? execution.parentExecutionArn()
            : execution.executionArn();
    final String machine =
        execution.stateMachineArn().substring(execution.stateMachineArn().lastIndexOf(':') + 1);
    final Optional<Map<String, List<MockedResponse>>> responses =
        mocks.get().testCase(machine, execution.mockTestCase());
    return responses.map(
        r ->
            mockInvokers.computeIfAbsent(
                key,
                k ->
                    new MockTaskInvoker(
                        r,
                        t ->
                            CompletableFuture.completedFuture(
                                TaskOutcome.failure(
                                    "States.TaskFailed",
                                    "The mock test case '"
                                        + execution.mockTestCase()
                                        + "' has no response for state '"
                                        + t.stateName()
                                        + "'")))));
  }

  private static ExecutionCommands.TaskUpdate update(Effect.InvokeTask task, TaskOutcome outcome) {
    if (outcome instanceof TaskOutcome.Succeeded s) {
      return new ExecutionCommands.TaskUpdate(
          task.taskId(), "SUCCEEDED", Json.write(s.output()), null, null, null, null);
    }
    final TaskOutcome.Failed f = (TaskOutcome.Failed) outcome;
    return new ExecutionCommands.TaskUpdate(
        task.taskId(), "FAILED", null, f.error(), f.cause(), null, null);
  }
}
