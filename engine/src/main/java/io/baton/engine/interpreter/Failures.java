package io.baton.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.data.PathFields;
import io.baton.engine.definition.Catcher;
import io.baton.engine.definition.ErrorHandling;
import io.baton.engine.definition.MapState;
import io.baton.engine.definition.ParallelState;
import io.baton.engine.definition.Retrier;
import io.baton.engine.definition.State;
import io.baton.engine.definition.TaskState;
import io.baton.engine.error.ErrorNames;
import io.baton.engine.error.Failure;
import io.baton.engine.execution.EventTypes;
import io.baton.engine.execution.Frame;
import io.baton.engine.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What happens when a state fails: Retry, else Catch, else the failure moves up to the enclosing
 * Parallel or Map, and finally fails the execution.
 */
final class Failures {
  private Failures() {}

  /**
   * A state failed. {@code onGiveUp} emits the state's own failed event (MapStateFailed, …) when it
   * will not be retried; it may be null.
   */
  static void stateFailed(Decider d, Frame f, Failure failure, Runnable onGiveUp) {
    if (ErrorNames.RUNTIME.equals(failure.error())) {
      Termination.failExecution(d, failure);
      return;
    }
    final ErrorHandling handling = errorHandling(f.state());
    final List<Retrier> retriers = handling.retry();
    for (int i = 0; i < retriers.size(); i++) {
      final Retrier retrier = retriers.get(i);
      if (!ErrorMatching.matches(retrier.errorEquals(), failure.error())) {
        continue;
      }
      if (f.retryCount(i) < retrier.maxAttempts()) {
        scheduleRetry(d, f, i, retrier);
        return;
      }
      break;
    }
    if (onGiveUp != null) {
      onGiveUp.run();
    }
    for (Catcher catcher : handling.catchers()) {
      if (ErrorMatching.matches(catcher.errorEquals(), failure.error())) {
        catchFailure(d, f, failure, catcher);
        return;
      }
    }
    frameFailed(d, f, failure);
  }

  private static void scheduleRetry(Decider d, Frame f, int index, Retrier retrier) {
    double seconds =
        retrier.intervalSeconds() * Math.pow(retrier.backoffRate(), f.retryCount(index));
    if (retrier.maxDelaySeconds().isPresent()) {
      seconds = Math.min(seconds, retrier.maxDelaySeconds().get());
    }
    if (retrier.jitterStrategy() == Retrier.JitterStrategy.FULL) {
      seconds = seconds * d.ids.nextDouble();
    }
    final String timerId = "retry:" + f.path() + ":" + f.enteredEventId() + ":" + f.retryCount();
    final ObjectNode internal = Events.internal();
    internal.put("retrier", index);
    internal.put("timerId", timerId);
    internal.put("delayMillis", (long) (seconds * 1000));
    final java.time.Instant fireAt = d.now.plus(Duration.ofMillis((long) (seconds * 1000)));
    internal.put("fireAt", fireAt.toString());
    d.emitHidden(EventTypes.RETRY_SCHEDULED, f, internal);
    d.effect(new Effect.StartTimer(timerId, fireAt));
  }

  private static void catchFailure(Decider d, Frame f, Failure failure, Catcher catcher) {
    final ObjectNode errorOutput = Json.object();
    errorOutput.put("Error", failure.error());
    errorOutput.put("Cause", failure.cause());
    final StateData data = new StateData(d, f);
    try {
      if (data.jsonata) {
        final ObjectNode states = data.states(null, errorOutput);
        final ObjectNode assigned = data.jsonataAssign(catcher.assign(), states);
        final JsonNode output =
            catcher.output().isMissingNode()
                ? errorOutput
                : data.jsonata(catcher.output(), "Output", states);
        Exits.exit(d, f, output, assigned, Optional.of(catcher.next()));
      } else {
        final ObjectNode assigned = data.jsonPathAssign(catcher.assign(), errorOutput);
        final JsonNode output = PathFields.place(catcher.resultPath(), f.stateInput(), errorOutput);
        Exits.exit(d, f, output, assigned, Optional.of(catcher.next()));
      }
    } catch (io.baton.engine.error.FailureException e) {
      Termination.failExecution(d, Failure.of(e.error(), data.causePrefix() + e.errorCause()));
    }
  }

  /** A frame ended in failure: tell its parent, or fail the execution at the top. */
  static void frameFailed(Decider d, Frame f, Failure failure) {
    if (f.isRoot()) {
      Termination.failExecution(d, failure);
      return;
    }
    final Frame parent = d.frame(f.parentPath());
    if (parent == null) {
      return;
    }
    if (parent.state() instanceof MapState) {
      MapHandler.iterationFailed(d, parent, f, failure);
    } else {
      ParallelHandler.branchFailed(d, parent, f, failure);
    }
  }

  static ErrorHandling errorHandling(State state) {
    if (state instanceof TaskState t) {
      return t.errorHandling();
    }
    if (state instanceof ParallelState p) {
      return p.errorHandling();
    }
    if (state instanceof MapState m) {
      return m.errorHandling();
    }
    return ErrorHandling.NONE;
  }
}
