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
