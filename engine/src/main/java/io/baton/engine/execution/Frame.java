package io.baton.engine.execution;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.data.Variables;
import io.baton.engine.definition.State;
import io.baton.engine.definition.StateMachineDefinition;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A running (sub-)machine: the top level, one Parallel branch, or one inline Map iteration.
 *
 * <ul>
 *   <li>Changed only by {@link EventApplier}; readers get it through {@link ExecutionState}.
 *   <li>{@code path} is "" for the top level and {@code parent + "/" + index} below it.
 * </ul>
 */
public final class Frame {
  final String path;
  final StateMachineDefinition machine;
  final int index;
  FramePhase phase = FramePhase.READY;
  String stateName;
  JsonNode stateInput;
  long enteredEventId;
  Instant enteredTime;
  Variables variables;
  int[] retryCounts = new int[0];
  int retryCount;
  String taskId;
  String timerId;
  String heartbeatTimerId;
  String timeoutTimerId;
  Instant timerFireAt;
  Instant heartbeatFireAt;
  Instant timeoutFireAt;
  com.fasterxml.jackson.databind.node.ObjectNode pendingTask;

  /** Set in {@link #pendingTask} once ActivityStarted is applied. */
  static final String ACTIVITY_STARTED_KEY = "activityStarted";

  Fanout fanout;
  JsonNode output;

  Frame(String path, int index, StateMachineDefinition machine, Variables variables) {
    this.path = path;
    this.index = index;
    this.machine = machine;
    this.variables = variables;
  }

  Frame copy() {
    final Frame c = new Frame(path, index, machine, variables);
    c.phase = phase;
    c.stateName = stateName;
    c.stateInput = stateInput;
    c.enteredEventId = enteredEventId;
    c.enteredTime = enteredTime;
    c.retryCounts = retryCounts.clone();
    c.retryCount = retryCount;
    c.taskId = taskId;
    c.timerId = timerId;
    c.heartbeatTimerId = heartbeatTimerId;
    c.timeoutTimerId = timeoutTimerId;
    c.timerFireAt = timerFireAt;
    c.heartbeatFireAt = heartbeatFireAt;
    c.timeoutFireAt = timeoutFireAt;
    c.pendingTask = pendingTask;
    c.fanout = fanout == null ? null : fanout.copy();
    c.output = output;
    return c;
  }

  public String path() {
    return path;
  }

  public int index() {
    return index;
  }

  public StateMachineDefinition machine() {
    return machine;
  }

  public FramePhase phase() {
    return phase;
  }

  public String stateName() {
    return stateName;
  }

  public State state() {
    return machine.state(stateName);
  }

  public JsonNode stateInput() {
    return stateInput;
  }

  public long enteredEventId() {
    return enteredEventId;
  }

  public Instant enteredTime() {
    return enteredTime;
  }

  public Variables variables() {
    return variables;
  }

  public int retryCount(int retrier) {
    return retrier < retryCounts.length ? retryCounts[retrier] : 0;
  }

  /** Retries of the current state so far, all retriers together ($$.State.RetryCount). */
  public int retryCount() {
    return retryCount;
  }

  public String taskId() {
    return taskId;
  }

  public String timerId() {
    return timerId;
  }

  public String heartbeatTimerId() {
    return heartbeatTimerId;
  }

  public String timeoutTimerId() {
    return timeoutTimerId;
  }

  public Instant timerFireAt() {
    return timerFireAt;
  }

  public Instant heartbeatFireAt() {
    return heartbeatFireAt;
  }

  public Instant timeoutFireAt() {
    return timeoutFireAt;
  }

  /** The outstanding task call (TaskScheduled's internal record), while the frame waits on it. */
  public com.fasterxml.jackson.databind.node.ObjectNode pendingTask() {
    return pendingTask;
  }

  /** Whether a worker has taken the pending activity task (ActivityStarted is recorded). */
  public boolean activityStarted() {
    return pendingTask != null && pendingTask.path(ACTIVITY_STARTED_KEY).asBoolean(false);
  }

  public Fanout fanout() {
    return fanout;
  }

  public JsonNode output() {
    return output;
  }

  /** The frame that contains this one, by path ("" has none). */
  public String parentPath() {
    final int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  public boolean isRoot() {
    return path.isEmpty();
  }

  public String childPath(int childIndex) {
    return path.isEmpty() ? Integer.toString(childIndex) : path + "/" + childIndex;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Frame f
        && path.equals(f.path)
        && phase == f.phase
        && Objects.equals(stateName, f.stateName)
        && Objects.equals(stateInput, f.stateInput)
        && enteredEventId == f.enteredEventId
        && Objects.equals(variables, f.variables)
        && Arrays.equals(retryCounts, f.retryCounts)
        && Objects.equals(taskId, f.taskId)
        && Objects.equals(timerId, f.timerId)
        && Objects.equals(fanout, f.fanout)
        && Objects.equals(output, f.output);
  }

  @Override
  public int hashCode() {
    return path.hashCode();
  }
}
