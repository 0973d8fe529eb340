package io.baton.engine.execution;

import java.util.Optional;
import java.util.Set;

/** The history event types the engine writes. Never rename one: journals store these names. */
public final class EventTypes {
  public static final String EXECUTION_STARTED = "ExecutionStarted";
  public static final String EXECUTION_SUCCEEDED = "ExecutionSucceeded";
  public static final String EXECUTION_FAILED = "ExecutionFailed";
  public static final String EXECUTION_ABORTED = "ExecutionAborted";
  public static final String EXECUTION_TIMED_OUT = "ExecutionTimedOut";
  public static final String EVALUATION_FAILED = "EvaluationFailed";
  public static final String TASK_SCHEDULED = "TaskScheduled";
  public static final String TASK_STARTED = "TaskStarted";
  public static final String TASK_SUCCEEDED = "TaskSucceeded";
  public static final String TASK_FAILED = "TaskFailed";
  public static final String TASK_TIMED_OUT = "TaskTimedOut";
  public static final String TASK_SUBMITTED = "TaskSubmitted";
  public static final String ACTIVITY_SCHEDULED = "ActivityScheduled";
  public static final String ACTIVITY_STARTED = "ActivityStarted";
  public static final String ACTIVITY_SUCCEEDED = "ActivitySucceeded";
  public static final String ACTIVITY_FAILED = "ActivityFailed";
  public static final String ACTIVITY_TIMED_OUT = "ActivityTimedOut";
  public static final String MAP_STATE_STARTED = "MapStateStarted";
  public static final String MAP_STATE_SUCCEEDED = "MapStateSucceeded";
  public static final String MAP_STATE_FAILED = "MapStateFailed";
  public static final String MAP_STATE_ABORTED = "MapStateAborted";
  public static final String MAP_ITERATION_STARTED = "MapIterationStarted";
  public static final String MAP_ITERATION_SUCCEEDED = "MapIterationSucceeded";
  public static final String MAP_ITERATION_FAILED = "MapIterationFailed";
  public static final String MAP_ITERATION_ABORTED = "MapIterationAborted";
  public static final String MAP_RUN_STARTED = "MapRunStarted";
  public static final String MAP_RUN_SUCCEEDED = "MapRunSucceeded";
  public static final String MAP_RUN_FAILED = "MapRunFailed";
  public static final String MAP_RUN_ABORTED = "MapRunAborted";
  public static final String PARALLEL_STATE_STARTED = "ParallelStateStarted";
  public static final String PARALLEL_STATE_SUCCEEDED = "ParallelStateSucceeded";
  public static final String PARALLEL_STATE_FAILED = "ParallelStateFailed";
  public static final String PARALLEL_STATE_ABORTED = "ParallelStateAborted";
  public static final String TASK_STATE_ABORTED = "TaskStateAborted";
  public static final String WAIT_STATE_ABORTED = "WaitStateAborted";

  /**
   * The {@code <Type>StateAborted} events: a Parallel or Map state recorded that it cut a branch or
   * iteration while that was inside a state of this kind. No other state type has one on AWS.
   */
  public static final Set<String> STATE_ABORTED =
      Set.of(TASK_STATE_ABORTED, WAIT_STATE_ABORTED, PARALLEL_STATE_ABORTED, MAP_STATE_ABORTED);

  /** Engine bookkeeping: journaled, replayed, but not shown in the Step Functions history. */
  public static final String RETRY_SCHEDULED = "RetryScheduled";

  public static final String TIMER_SCHEDULED = "TimerScheduled";
  public static final String HEARTBEAT_RECORDED = "HeartbeatRecorded";
  public static final String CHILD_EXECUTION_STARTED = "ChildExecutionStarted";
  public static final String CHILD_EXECUTION_COMPLETED = "ChildExecutionCompleted";

  public static final Set<String> HIDDEN =
      Set.of(
          RETRY_SCHEDULED,
          TIMER_SCHEDULED,
          HEARTBEAT_RECORDED,
          CHILD_EXECUTION_STARTED,
          CHILD_EXECUTION_COMPLETED);

  private EventTypes() {}

  public static String entered(String stateType) {
    return stateType + "StateEntered";
  }

  public static String exited(String stateType) {
    return stateType + "StateExited";
  }

  /** {@code <Type>StateAborted}, or empty for a state type AWS never records as aborted. */
  public static Optional<String> aborted(String stateType) {
    final String type = stateType + "StateAborted";
    return STATE_ABORTED.contains(type) ? Optional.of(type) : Optional.empty();
  }
}
