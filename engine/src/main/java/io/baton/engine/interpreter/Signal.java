package io.baton.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.execution.ExecutionInfo;
import io.baton.engine.execution.ExecutionStatus;

/** Something that happened outside the engine and that an execution must react to. */
public sealed interface Signal {
  /** Start the execution; {@code info} names it and carries its input. */
  record Start(ExecutionInfo info) implements Signal {}

  /** A worker took an activity task (or a service accepted a call). */
  record TaskStarted(String taskId, String workerName) implements Signal {}

  record TaskSucceeded(String taskId, JsonNode output) implements Signal {}

  record TaskFailed(String taskId, String error, String cause) implements Signal {}

  record TaskHeartbeat(String taskId) implements Signal {}

  record TimerFired(String timerId) implements Signal {}

  /** StopExecution: abort with an optional error and cause (empty strings when none). */
  record Stop(String error, String cause) implements Signal {}

  /** A Distributed Map child execution ended. */
  record ChildExecutionCompleted(
      String framePath,
      int index,
      ExecutionStatus status,
      JsonNode output,
      String error,
      String cause)
      implements Signal {}
}
