package io.baton.engine.interpreter;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.IdSource;
import io.baton.engine.execution.ExecutionState;
import io.baton.engine.execution.ExecutionStatus;
import io.baton.engine.execution.Frame;
import io.baton.engine.execution.HistoryEvent;
import io.baton.engine.json.Json;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The working context of one decision: a private copy of the state that every emitted event is
 * applied to at once (so later steps see earlier ones), the events and effects so far, and the
 * frames still to be driven.
 */
final class Decider {
  final ExecutionState work;
  final Instant now;
  final IdSource ids;
  final TaskTokens tokens;
  final List<HistoryEvent> events = new ArrayList<>();
  final List<Effect> effects = new ArrayList<>();
  private final Deque<String> pending = new ArrayDeque<>();
  private ObjectNode executionContext;

  Decider(ExecutionState state, Instant now, IdSource ids, TaskTokens tokens) {
    this.work = state.copy();
    this.tokens = tokens;
    this.now = now;
    this.ids = ids;
  }

  boolean running() {
    return work.status() == ExecutionStatus.RUNNING;
  }

  /** Emits a visible history event for {@code frame} and applies it. */
  HistoryEvent emit(String type, Frame frame, ObjectNode details, ObjectNode internal) {
    return emit(type, frame.path(), details, internal);
  }

  HistoryEvent emit(String type, String framePath, ObjectNode details, ObjectNode internal) {
    final long id = work.lastEventId() + 1;
    final HistoryEvent event =
        new HistoryEvent(id, work.lastEventId(), now, type, framePath, details, internal);
    events.add(event);
    work.apply(event);
    return event;
  }

  /** Emits an engine bookkeeping event that the Step Functions history does not show. */
  HistoryEvent emitHidden(String type, Frame frame, ObjectNode internal) {
    final HistoryEvent event =
        new HistoryEvent(0, work.lastEventId(), now, type, frame.path(), Json.object(), internal);
    events.add(event);
    work.apply(event);
    return event;
  }

  void effect(Effect effect) {
    effects.add(effect);
  }

  /** Marks a frame as needing another look by the drive loop. */
  void schedule(String framePath) {
    pending.push(framePath);
  }

  String nextScheduled() {
    return pending.poll();
  }

  /** The execution's part of the context object, built once per decision. */
  ObjectNode executionContext() {
    if (executionContext == null) {
      executionContext = ContextObject.executionPart(work.info());
    }
    return executionContext;
  }

  Frame frame(String path) {
    return work.frame(path).orElse(null);
  }

  Decision decision() {
    return new Decision(events, effects);
  }
}
