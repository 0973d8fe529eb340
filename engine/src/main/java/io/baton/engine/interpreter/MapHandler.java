package io.baton.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.definition.MapState;
import io.baton.engine.error.ErrorNames;
import io.baton.engine.error.Failure;
import io.baton.engine.error.FailureException;
import io.baton.engine.execution.EventTypes;
import io.baton.engine.execution.Fanout;
import io.baton.engine.execution.Frame;
import io.baton.engine.json.Json;

/**
 * Map: runs the item processor once per item, as child frames (INLINE) or child executions
 * (DISTRIBUTED), at most MaxConcurrency at a time, tolerating failures up to its thresholds.
 *
 * <p>Iterations start one at a time and each runs as far as it can before the next starts, so a Map
 * of Pass states writes its history in item order, as AWS does.
 */
final class MapHandler {
  private MapHandler() {}

  static void start(Decider d, Frame f, MapState state) {
    final StateData data = new StateData(d, f);
    final JsonNode mapInput = MapItems.mapInput(data, state);
    final JsonNode items = MapItems.items(data, state, mapInput);
    final int maxConcurrency =
        MapItems.integer(
            data, state.maxConcurrency(), state.maxConcurrencyPath(), "MaxConcurrency", mapInput);
    final ObjectNode details = Events.details();
    details.put("length", items.size());
    final ObjectNode internal = Events.internal("items", items);
    internal.put("maxConcurrency", Math.max(maxConcurrency, 0));
    internal.put("distributed", state.distributed());
    FailureException toleranceError = null;
    int count = MapItems.UNSET;
    double percentage = MapItems.UNSET;
    try {
      count =
          MapItems.integer(
              data,
              state.toleratedFailureCount(),
              state.toleratedFailureCountPath(),
              "ToleratedFailureCount",
              mapInput);
      percentage = MapItems.percentage(data, state, mapInput);
    } catch (FailureException e) {
      toleranceError = e;
    }
    internal.put("toleratedCount", count);
    internal.put("toleratedPercentage", percentage);
    final String mapRunArn = state.distributed() ? mapRunArn(d, f, state) : null;
    if (mapRunArn != null) {
      internal.put("mapRunArn", mapRunArn);
    }
    d.emit(EventTypes.MAP_STATE_STARTED, f, details, internal);
    if (toleranceError != null) {
      throw toleranceError;
    }
    if (mapRunArn != null) {
      final ObjectNode run = Events.details();
      run.put("mapRunArn", mapRunArn);
      d.emit(EventTypes.MAP_RUN_STARTED, f, run, Events.internal());
    }
    d.schedule(f.path());
  }

  /** Looks at a Map frame again: finish it, or start the next iteration. */
  static boolean drive(Decider d, Frame f, MapState state) {
    final Fanout fan = f.fanout();
    if (fan.allFinished()) {
      finish(d, f, state, fan);
      return true;
    }
    if (!fan.canStartMore()) {
      return false;
    }
    final int index = fan.nextIndex();
    final StateData data = new StateData(d, f);
    final JsonNode input =
        MapItems.iterationInput(
            data, state, MapItems.mapInput(data, state), index, fan.items().get(index));
    if (fan.distributed()) {
      // The input is recorded so that the child can be started again from state (regenerate).
      final ObjectNode started = indexed(index);
      started.set("input", input);
      d.emitHidden(EventTypes.CHILD_EXECUTION_STARTED, f, started);
      d.effect(
          new Effect.StartChildExecution(
              f.path(),
              index,
              childName(fan, index),
              state.itemProcessor(),
              state.executionType(),
              input));
      d.schedule(f.path());
      return true;
    }
    d.emit(
        EventTypes.MAP_ITERATION_STARTED,
        f,
        Events.iteration(index, f.stateName()),
        Events.internal("input", input));
    d.schedule(f.path());
    d.schedule(f.childPath(index));
    return true;
  }

  private static void finish(Decider d, Frame f, MapState state, Fanout fan) {
    final ArrayNode results = Json.NODES.arrayNode(fan.total());
    for (int i = 0; i < fan.total(); i++) {
      final JsonNode result = fan.result(i);
      results.add(result == null ? Json.NODES.nullNode() : result);
    }
    if (fan.distributed()) {
      d.emit(EventTypes.MAP_RUN_SUCCEEDED, f, Events.details(), Events.internal());
    }
    d.emit(EventTypes.MAP_STATE_SUCCEEDED, f, Events.details(), Events.internal());
    StateEntry.guarded(
        d, f, () -> Exits.exit(d, f, new StateData(d, f).finish(results, null), state.next()));
  }

  static void iterationCompleted(Decider d, Frame parent, Frame child) {
    d.emit(
        EventTypes.MAP_ITERATION_SUCCEEDED,
        parent,
        Events.iteration(child.index(), parent.stateName()),
        Events.internal());
    d.schedule(parent.path());
  }

  /**
   * An inline iteration failed. When that fails the Map, the running iterations are cut first: AWS
   * records their MapIterationAborted ahead of the failing one's MapIterationFailed.
   */
  static void iterationFailed(Decider d, Frame parent, Frame child, Failure failure) {
    final boolean givesUp = exceedsTolerance(parent.fanout(), parent.fanout().failed() + 1);
    if (givesUp) {
      Cuts.children(d, parent, child.index());
    }
    d.emit(
        EventTypes.MAP_ITERATION_FAILED,
        parent,
        Events.iteration(child.index(), parent.stateName()),
        Events.internal());
    if (givesUp) {
      fail(d, parent, failure);
    } else {
      d.schedule(parent.path());
    }
  }

  static void childExecutionCompleted(
      Decider d, Frame f, int index, boolean succeeded, JsonNode output, Failure failure) {
    final ObjectNode internal = indexed(index);
    internal.put("status", succeeded ? "SUCCEEDED" : "FAILED");
    if (output != null) {
      internal.set("output", output);
    }
    d.emitHidden(EventTypes.CHILD_EXECUTION_COMPLETED, f, internal);
    if (!succeeded && exceedsTolerance(f.fanout(), f.fanout().failed())) {
      Cuts.children(d, f, index);
      fail(d, f, failure);
    } else {
      d.schedule(f.path());
    }
  }

  /** The Map fails: with the iteration's own error, or for exceeding its tolerated failures. */
  private static void fail(Decider d, Frame parent, Failure failure) {
    final Fanout fan = parent.fanout();
    final boolean thresholds = fan.toleratedCount() >= 0 || fan.toleratedPercentage() >= 0;
    final Failure reported =
        thresholds
            ? Failure.of(
                ErrorNames.EXCEED_TOLERATED_FAILURE_THRESHOLD,
                "The specified tolerated failure threshold was exceeded")
            : failure;
    final Runnable giveUp =
        () -> {
          if (fan.distributed()) {
            d.emit(
                EventTypes.MAP_RUN_FAILED,
                parent,
                Events.errorCause(reported.error(), reported.cause()),
                Events.internal());
          }
          d.emit(EventTypes.MAP_STATE_FAILED, parent, Events.details(), Events.internal());
        };
    Failures.stateFailed(d, parent, reported, giveUp);
    d.schedule(parent.path());
  }

  private static boolean exceedsTolerance(Fanout fan, int failed) {
    if (fan.toleratedCount() < 0 && fan.toleratedPercentage() < 0) {
      return failed > 0;
    }
    if (fan.toleratedCount() >= 0 && failed > fan.toleratedCount()) {
      return true;
    }
    return fan.toleratedPercentage() >= 0
        && fan.total() > 0
        && failed * 100.0 / fan.total() > fan.toleratedPercentage();
  }

  private static ObjectNode indexed(int index) {
    final ObjectNode internal = Events.internal();
    internal.put("index", index);
    return internal;
  }

  private static String mapRunArn(Decider d, Frame f, MapState state) {
    final String machineArn = d.work.info().stateMachineArn();
    final String base = machineArn.replace(":stateMachine:", ":mapRun:");
    final String label = state.label().orElse(f.stateName());
    return base + "/" + label + ":" + d.ids.newUuid();
  }

  /**
   * The Distributed Map children of frame {@code f} that started and have not reported back, as the
   * effects that start them: starting a child is idempotent, so a recovered parent repeats them in
   * case a start was lost with a node.
   */
  static void openChildren(Frame f, java.util.List<Effect> out) {
    final Fanout fan = f.fanout();
    if (fan == null || !fan.distributed() || !(f.state() instanceof MapState state)) {
      return;
    }
    for (int index = 0; index < fan.nextIndex(); index++) {
      final int i = index;
      if (fan.isRunning(i)) {
        fan.childInput(i)
            .ifPresent(
                input ->
                    out.add(
                        new Effect.StartChildExecution(
                            f.path(),
                            i,
                            childName(fan, i),
                            state.itemProcessor(),
                            state.executionType(),
                            input)));
      }
    }
  }

  static String childName(Fanout fan, int index) {
    return fan.mapRunArn().substring(fan.mapRunArn().lastIndexOf(':') + 1) + "-" + index;
  }
}
