package io.baton.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.baton.engine.definition.ParallelState;
import io.baton.engine.error.Failure;
import io.baton.engine.execution.EventTypes;
import io.baton.engine.execution.Frame;
import io.baton.engine.execution.FramePhase;
import io.baton.engine.json.Json;

/** Parallel: every branch runs on the same input; the result is the array of their outputs. */
final class ParallelHandler {
  private ParallelHandler() {}

  static void start(Decider d, Frame f, ParallelState state) {
    final StateData data = new StateData(d, f);
    final JsonNode input = data.jsonata ? data.arguments() : data.effectiveInput();
    d.emit(EventTypes.PARALLEL_STATE_STARTED, f, Events.details(), Events.internal("input", input));
    d.schedule(f.path());
    for (int i = state.branches().size() - 1; i >= 0; i--) {
      d.schedule(f.childPath(i));
    }
  }

  /** Called when the frame is looked at again: finish once every branch has completed. */
  static boolean drive(Decider d, Frame f, ParallelState state) {
    final int n = state.branches().size();
    final ArrayNode results = Json.NODES.arrayNode(n);
    for (int i = 0; i < n; i++) {
      final Frame branch = d.frame(f.childPath(i));
      if (branch == null || branch.phase() != FramePhase.COMPLETED) {
        return false;
      }
      results.add(branch.output());
    }
    d.emit(EventTypes.PARALLEL_STATE_SUCCEEDED, f, Events.details(), Events.internal());
    StateEntry.guarded(
        d, f, () -> Exits.exit(d, f, new StateData(d, f).finish(results, null), state.next()));
    return true;
  }

  /** A branch failed: the other branches are cut and the Parallel state fails. */
  static void branchFailed(Decider d, Frame parent, Frame branch, Failure failure) {
    Cuts.children(d, parent, branch.index());
    Failures.stateFailed(d, parent, failure, StateEntry.givingUp(d, parent));
    d.schedule(parent.path());
  }
}
