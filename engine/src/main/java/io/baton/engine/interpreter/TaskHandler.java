package io.baton.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.data.JsonPaths;
import io.baton.engine.definition.TaskState;
import io.baton.engine.error.ErrorNames;
import io.baton.engine.error.Failure;
import io.baton.engine.error.FailureException;
import io.baton.engine.execution.EventTypes;
import io.baton.engine.execution.Frame;
import io.baton.engine.json.Json;
import java.time.Duration;
import java.util.Optional;

/**
 * Task: asks the runner to call a resource and waits for the answer, a time-out or a missed
 * heartbeat. Retries re-enter {@link #schedule} without a new Entered event.
 */
final class TaskHandler {
  static final int DEFAULT_TIMEOUT_SECONDS = 99_999_999;

  private TaskHandler() {}

  static void schedule(Decider d, Frame f, TaskState state) {
    final StateData data = new StateData(d, f);
    final String taskId = f.path() + "@" + f.enteredEventId() + "." + f.retryCount();
    final boolean callback = state.resource().endsWith(".waitForTaskToken");
    Optional<String> token = Optional.empty();
    if (callback) {
      token = Optional.of(d.tokens.mint(d.work.info(), taskId));
      ContextObject.withToken(data.context(), token.get());
    }
    final JsonNode parameters = data.jsonata ? data.arguments() : data.effectiveInput();
    final Optional<Integer> timeout =
        seconds(data, state.timeoutSeconds(), state.timeoutSecondsPath(), "TimeoutSeconds");
    final Optional<Integer> heartbeat =
        seconds(data, state.heartbeatSeconds(), state.heartbeatSecondsPath(), "HeartbeatSeconds");
    final int timeoutSeconds = timeout.orElse(DEFAULT_TIMEOUT_SECONDS);
    final ObjectNode internal = Events.internal();
    internal.put("taskId", taskId);
    internal.set("parameters", parameters);
    final String timeoutTimer = "timeout:" + taskId;
    internal.put("timeoutTimerId", timeoutTimer);
    internal.put("timeoutFireAt", d.now.plus(Duration.ofSeconds(timeoutSeconds)).toString());
    internal.put("resource", state.resource());
    internal.put("attempt", f.retryCount());
    timeout.ifPresent(t -> internal.put("timeoutSeconds", t));
    heartbeat.ifPresent(h -> internal.put("heartbeatSeconds", h));
    token.ifPresent(t -> internal.put("taskToken", t));
    heartbeat.ifPresent(h -> internal.put("heartbeatTimerId", "heartbeat:" + taskId + ":0"));
    heartbeat.ifPresent(
        h -> internal.put("heartbeatFireAt", d.now.plus(Duration.ofSeconds(h)).toString()));
    final boolean activity = state.resource().contains(":activity:");
    d.emit(
        activity ? EventTypes.ACTIVITY_SCHEDULED : EventTypes.TASK_SCHEDULED,
        f,
        TaskDetails.scheduled(state.resource(), parameters, timeout, heartbeat, activity),
        internal);
    if (!activity) {
      d.emit(EventTypes.TASK_STARTED, f, TaskDetails.resource(state.resource()), Events.internal());
    }
    d.effect(new Effect.StartTimer(timeoutTimer, d.now.plus(Duration.ofSeconds(timeoutSeconds))));
    heartbeat.ifPresent(
        h ->
            d.effect(
                new Effect.StartTimer(
                    "heartbeat:" + taskId + ":0", d.now.plus(Duration.ofSeconds(h)))));
    d.effect(
        new Effect.InvokeTask(
            taskId,
            f.path(),
            f.stateName(),
            state.resource(),
            parameters,
            f.retryCount(),
            timeout,
            heartbeat,
            token));
  }

  static void succeeded(Decider d, Frame f, TaskState state, JsonNode output) {
    cancelTimers(d, f);
    final boolean activity = state.resource().contains(":activity:");
    d.emit(
        activity ? EventTypes.ACTIVITY_SUCCEEDED : EventTypes.TASK_SUCCEEDED,
        f,
        TaskDetails.succeeded(state.resource(), output, activity),
        Events.internal());
    StateEntry.guarded(
        d, f, () -> Exits.exit(d, f, new StateData(d, f).finish(output, null), state.next()));
  }

  static void failed(Decider d, Frame f, TaskState state, Failure failure, boolean timedOut) {
    cancelTimers(d, f);
    if (timedOut) {
      // Nobody answered in time: a queued activity task must not reach a worker any more.
      d.effect(new Effect.CancelTask(f.taskId(), f.path(), state.resource()));
    }
    final boolean activity = state.resource().contains(":activity:");
    final String type;
    if (timedOut) {
      type = activity ? EventTypes.ACTIVITY_TIMED_OUT : EventTypes.TASK_TIMED_OUT;
    } else {
      type = activity ? EventTypes.ACTIVITY_FAILED : EventTypes.TASK_FAILED;
    }
    d.emit(type, f, TaskDetails.failed(state.resource(), failure, activity), Events.internal());
    Failures.stateFailed(d, f, failure, null);
  }

  /** A heartbeat arrived: move the heartbeat deadline. */
  static void heartbeat(Decider d, Frame f, TaskState state) {
    if (f.heartbeatTimerId() == null) {
      return;
    }
    final StateData data = new StateData(d, f);
    final Optional<Integer> heartbeat =
        seconds(data, state.heartbeatSeconds(), state.heartbeatSecondsPath(), "HeartbeatSeconds");
    final String next = f.taskId() + ":hb" + d.work.eventCount();
    d.effect(new Effect.CancelTimer(f.heartbeatTimerId()));
    final ObjectNode internal = Events.internal();
    internal.put("heartbeatTimerId", "heartbeat:" + next);
    final java.time.Instant fireAt = d.now.plus(Duration.ofSeconds(heartbeat.orElse(0)));
    internal.put("fireAt", fireAt.toString());
    d.emitHidden(EventTypes.HEARTBEAT_RECORDED, f, internal);
    d.effect(new Effect.StartTimer("heartbeat:" + next, fireAt));
  }

  private static void cancelTimers(Decider d, Frame f) {
    if (f.timeoutTimerId() != null) {
      d.effect(new Effect.CancelTimer(f.timeoutTimerId()));
    }
    if (f.heartbeatTimerId() != null) {
      d.effect(new Effect.CancelTimer(f.heartbeatTimerId()));
    }
  }

  private static Optional<Integer> seconds(
      StateData data, JsonNode literal, Optional<String> path, String field) {
    if (!literal.isMissingNode()) {
      if (literal.isTextual()) {
        return Optional.of(data.jsonata(literal, field, data.states(null, null)).asInt());
      }
      return Optional.of(literal.asInt());
    }
    if (path.isEmpty()) {
      return Optional.empty();
    }
    final Optional<JsonNode> value = JsonPaths.find(path.get(), data.data(data.frame.stateInput()));
    if (value.isEmpty() || !value.get().canConvertToInt() || value.get().asInt() <= 0) {
      throw new FailureException(
          ErrorNames.RUNTIME,
          "The "
              + field
              + "Path field refers to value "
              + value.map(Json::write).orElse("undefined")
              + " which is not a valid positive integer: "
              + path.get());
    }
    return Optional.of(value.get().asInt());
  }
}
