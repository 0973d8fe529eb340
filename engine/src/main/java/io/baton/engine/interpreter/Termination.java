package io.baton.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.error.Failure;
import io.baton.engine.execution.EventTypes;
import io.baton.engine.execution.ExecutionStatus;
import java.util.Optional;

/**
 * Ending the whole execution: success, failure, abort or time-out.
 *
 * <p>Only the terminal event is recorded. AWS records no aborted event for the states still open
 * when an execution ends as a whole (a StopExecution during a Wait shows WaitStateEntered, then
 * ExecutionAborted; a time-out that cuts a Parallel shows no TaskStateAborted), so neither does the
 * engine. The work those states waited on is released as effects.
 */
final class Termination {
  private Termination() {}

  static void succeed(Decider d, JsonNode output) {
    Abandon.everything(d);
    d.emit(
        EventTypes.EXECUTION_SUCCEEDED,
        "",
        Events.output(output),
        Events.internal("output", output));
    end(d, ExecutionStatus.SUCCEEDED, Optional.of(output), null, null);
  }

  static void failExecution(Decider d, Failure failure) {
    Abandon.everything(d);
    // A Fail state without Error or Cause leaves them out of the history, as AWS does.
    final String error = emptyToNull(failure.error());
    final String cause = emptyToNull(failure.cause());
    d.emit(EventTypes.EXECUTION_FAILED, "", Events.errorCause(error, cause), Events.internal());
    end(d, ExecutionStatus.FAILED, Optional.empty(), error, cause);
  }

  static void abort(Decider d, String error, String cause) {
    Abandon.everything(d);
    d.emit(
        EventTypes.EXECUTION_ABORTED,
        "",
        Events.errorCause(emptyToNull(error), emptyToNull(cause)),
        Events.internal());
    end(d, ExecutionStatus.ABORTED, Optional.empty(), emptyToNull(error), emptyToNull(cause));
  }

  static void timeOut(Decider d) {
    Abandon.everything(d);
    d.emit(EventTypes.EXECUTION_TIMED_OUT, "", Events.details(), Events.internal());
    end(d, ExecutionStatus.TIMED_OUT, Optional.empty(), null, null);
  }

  private static void end(
      Decider d, ExecutionStatus status, Optional<JsonNode> output, String error, String cause) {
    d.effect(
        new Effect.ExecutionEnded(
            status, output, Optional.ofNullable(error), Optional.ofNullable(cause)));
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
