package io.baton.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.definition.StateMachineDefinition;
import io.baton.engine.execution.ExecutionStatus;
import java.time.Instant;
import java.util.Optional;

/** Work the engine asks its runner to do; the engine never does it itself. */
public sealed interface Effect {
  /**
   * Call a task resource (a service, an activity, a callback). Answer with {@link
   * Signal.TaskSucceeded} or {@link Signal.TaskFailed} naming {@code taskId}.
   */
  record InvokeTask(
      String taskId,
      String framePath,
      String stateName,
      String resource,
      JsonNode parameters,
      int attempt,
      Optional<Integer> timeoutSeconds,
      Optional<Integer> heartbeatSeconds,
      Optional<String> taskToken)
      implements Effect {
    /** Whether the resource answers only through SendTaskSuccess/Failure with the token. */
    public boolean waitsForTaskToken() {
      return resource.endsWith(".waitForTaskToken");
    }

    /** Whether the resource is an activity ARN, served to workers polling GetActivityTask. */
    public boolean isActivity() {
      return resource.contains(":activity:");
    }
  }

  /** Wake the execution with {@link Signal.TimerFired} at {@code fireAt}. */
  record StartTimer(String timerId, Instant fireAt) implements Effect {}

  record CancelTimer(String timerId) implements Effect {}

  /**
   * Stop waiting for a task asked for with {@link InvokeTask}: its state timed out, was cut, or the
   * execution ended. The runner withdraws an activity task no worker has taken yet; an answer that
   * still comes is refused, since the state no longer awaits {@code taskId}.
   */
  record CancelTask(String taskId, String framePath, String resource) implements Effect {
    public boolean isActivity() {
      return resource.contains(":activity:");
    }
  }

  /** Start one Distributed Map iteration as its own execution. */
  record StartChildExecution(
      String framePath,
      int index,
      String executionName,
      StateMachineDefinition machine,
      String executionType,
      JsonNode input)
      implements Effect {}

  /**
   * Stop a Distributed Map iteration started with {@link StartChildExecution} (same frame, index
   * and name): its Map failed, was cut, or the execution ended while the child still ran.
   */
  record StopChildExecution(String framePath, int index, String executionName) implements Effect {}

  /** The execution reached a terminal status. */
  record ExecutionEnded(
      ExecutionStatus status,
      Optional<JsonNode> output,
      Optional<String> error,
      Optional<String> cause)
      implements Effect {}
}
