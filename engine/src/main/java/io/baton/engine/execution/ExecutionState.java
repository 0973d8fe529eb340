package io.baton.engine.execution;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.definition.StateMachineDefinition;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of one execution, built only by applying its history events in order.
 *
 * <ul>
 *   <li>{@link #apply} folds one event in; it reads nothing but the event and this state (no clock,
 *       no ids), so replaying a history always gives the same state.
 *   <li>{@link #copy} gives an independent state; the interpreter decides on a copy.
 * </ul>
 */
public final class ExecutionState {
  final StateMachineDefinition definition;
  ExecutionInfo info;
  ExecutionStatus status = ExecutionStatus.RUNNING;
  JsonNode output;
  String error;
  String cause;
  long lastEventId;
  long eventCount;
  String executionTimerId;
  java.time.Instant executionTimeoutAt;
  final Map<String, Frame> frames;

  public ExecutionState(StateMachineDefinition definition) {
    this.definition = definition;
    this.frames = new LinkedHashMap<>();
  }

  private ExecutionState(ExecutionState other) {
    this.definition = other.definition;
    this.info = other.info;
    this.status = other.status;
    this.output = other.output;
    this.error = other.error;
    this.cause = other.cause;
    this.lastEventId = other.lastEventId;
    this.eventCount = other.eventCount;
    this.executionTimerId = other.executionTimerId;
    this.executionTimeoutAt = other.executionTimeoutAt;
    this.frames = new LinkedHashMap<>();
    other.frames.forEach((k, v) -> frames.put(k, v.copy()));
  }

  public ExecutionState copy() {
    return new ExecutionState(this);
  }

  /** Folds one event into this state. */
  public ExecutionState apply(HistoryEvent event) {
    EventApplier.apply(this, event);
    return this;
  }

  public StateMachineDefinition definition() {
    return definition;
  }

  public ExecutionInfo info() {
    return info;
  }

  public ExecutionStatus status() {
    return status;
  }

  public Optional<JsonNode> output() {
    return Optional.ofNullable(output);
  }

  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  public Optional<String> cause() {
    return Optional.ofNullable(cause);
  }

  public long lastEventId() {
    return lastEventId;
  }

  /** Every event applied so far, hidden ones included. */
  public long eventCount() {
    return eventCount;
  }

  public Optional<String> executionTimerId() {
    return Optional.ofNullable(executionTimerId);
  }

  /** Every durable timer the execution waits on, with its due time (for regeneration). */
  public Map<String, java.time.Instant> openTimers() {
    final Map<String, java.time.Instant> timers = new LinkedHashMap<>();
    if (executionTimerId != null && executionTimeoutAt != null && !status.isTerminal()) {
      timers.put(executionTimerId, executionTimeoutAt);
    }
    for (Frame f : frames.values()) {
      if (f.timerId != null
          && f.timerFireAt != null
          && (f.phase == FramePhase.WAITING || f.phase == FramePhase.RETRY_WAIT)) {
        timers.put(f.timerId, f.timerFireAt);
      }
      if (f.phase == FramePhase.TASK && f.timeoutTimerId != null && f.timeoutFireAt != null) {
        timers.put(f.timeoutTimerId, f.timeoutFireAt);
      }
      if (f.phase == FramePhase.TASK && f.heartbeatTimerId != null && f.heartbeatFireAt != null) {
        timers.put(f.heartbeatTimerId, f.heartbeatFireAt);
      }
    }
    return timers;
  }

  public Optional<Frame> frame(String path) {
    return Optional.ofNullable(frames.get(path));
  }

  public Collection<Frame> frames() {
    return frames.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExecutionState s
        && status == s.status
        && Objects.equals(output, s.output)
        && Objects.equals(error, s.error)
        && Objects.equals(cause, s.cause)
        && lastEventId == s.lastEventId
        && eventCount == s.eventCount
        && Objects.equals(info, s.info)
        && frames.equals(s.frames);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, lastEventId, eventCount);
  }
}
