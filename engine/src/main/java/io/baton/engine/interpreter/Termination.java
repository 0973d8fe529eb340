package io.baton.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.error.Failure;
import io.baton.engine.execution.EventTypes;
import io.baton.engine.execution.ExecutionStatus;
import io.baton.engine.execution.Frame;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Ending the whole execution: success, failure, abort or time-out. */
final class Termination {
  private Termination() {}

  static void succeed(Decider d, JsonNode output) {
    final List<String> timers = openTimers(d);
    d.emit(
        EventTypes.EXECUTION_SUCCEEDED, "", Events.output(output), Events.internal("output", output));
    end(d, timers, ExecutionStatus.SUCCEEDED, Optional.of(output), null, null);
  }

  static void failExecution(Decider d, Failure failure) {
    final List<String> timers = openTimers(d);
    d.emit(
        EventTypes.EXECUTION_FAILED,
        "",
        Events.errorCause(failure.error(), failure.cause()),
        Events.internal());
    end(d, timers, ExecutionStatus.FAILED, Optional.empty(), failure.error(), failure.cause());
  }

  static void abort(Decider d, String error, String cause) {
    final List<String> timers = openTimers(d);
    d.emit(
        EventTypes.EXECUTION_ABORTED,
        "",
        Events.errorCause(emptyToNull(error), emptyToNull(cause)),
        Events.internal());
    end(d, timers, ExecutionStatus.ABORTED, Optional.empty(), emptyToNull(error), emptyToNull(cause));
  }

  static void timeOut(Decider d) {
    final List<String> timers = openTimers(d);
    d.emit(EventTypes.EXECUTION_TIMED_OUT, "", Events.details(), Events.internal());
    end(d, timers, ExecutionStatus.TIMED_OUT, Optional.empty(), null, null);
  }

  private static void end(
      Decider d,
      List<String> timers,
      ExecutionStatus status,
      Optional<JsonNode> output,
      String error,
      String cause) {
    timers.forEach(t -> d.effect(new Effect.CancelTimer(t)));
    d.effect(
        new Effect.ExecutionEnded(
            status, output, Optional.ofNullable(error), Optional.ofNullable(cause)));
  }

  /** Every durable timer the execution still holds, to cancel when it ends. */
  static List<String> openTimers(Decider d) {
    final List<String> timers = new ArrayList<>();
    d.work.executionTimerId().ifPresent(timers::add);
    for (Frame f : d.work.frames()) {
      addIfPresent(timers, f.timerId());
      addIfPresent(timers, f.timeoutTimerId());
      addIfPresent(timers, f.heartbeatTimerId());
    }
    return timers;
  }

  /** The timers held by the frames below {@code path}, to cancel when they are dropped. */
  static List<String> timersBelow(Decider d, String path) {
    final List<String> timers = new ArrayList<>();
    final String prefix = path.isEmpty() ? "" : path + "/";
    for (Frame f : d.work.frames()) {
      if (!f.path().isEmpty() && f.path().startsWith(prefix) && !f.path().equals(path)) {
        addIfPresent(timers, f.timerId());
        addIfPresent(timers, f.timeoutTimerId());
        addIfPresent(timers, f.heartbeatTimerId());
      }
    }
    return timers;
  }

  private static void addIfPresent(List<String> timers, String timer) {
    if (timer != null) {
      timers.add(timer);
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
