package io.baton.engine.execution;

import static io.baton.engine.execution.EventApplier.frame;
import static io.baton.engine.execution.EventApplier.removeDescendants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.definition.ParallelState;

/** Folds the Parallel, Map and Map Run events: starting, finishing and dropping children. */
final class FanoutApplier {
  private FanoutApplier() {}

  static void apply(ExecutionState s, HistoryEvent e) {
    final ObjectNode in = e.internal();
    final Frame f = frame(s, e);
    switch (e.type()) {
      case EventTypes.MAP_STATE_STARTED:
        f.phase = FramePhase.FANOUT;
        f.timerId = null;
        f.timerFireAt = null;
        f.fanout =
            new Fanout(
                e.details().path("length").asInt(),
                in.get("items"),
                in.path("maxConcurrency").asInt(0),
                in.path("toleratedCount").asInt(0),
                in.path("toleratedPercentage").asDouble(0),
                in.path("distributed").asBoolean(false),
                EventApplier.text(in, "mapRunArn"));
        break;
      case EventTypes.PARALLEL_STATE_STARTED:
        startParallel(s, f, in.get("input"));
        break;
      case EventTypes.MAP_ITERATION_STARTED:
        {
          final int index = e.details().path("index").asInt();
          f.fanout.nextIndex = index + 1;
          f.fanout.running++;
          EventApplier.newChild(s, f, index, EventApplier.branch(f, index), in.get("input"));
          break;
        }
      case EventTypes.MAP_ITERATION_SUCCEEDED:
        {
          final int index = e.details().path("index").asInt();
          final Frame child = s.frames.remove(f.childPath(index));
          f.fanout.finished[index] = true;
          f.fanout.results[index] = child == null ? null : child.output;
          f.fanout.running--;
          f.fanout.succeeded++;
          break;
        }
      case EventTypes.MAP_ITERATION_FAILED:
        dropChild(s, f, e.details().path("index").asInt());
        f.fanout.finished[e.details().path("index").asInt()] = true;
        f.fanout.failed++;
        break;
      case EventTypes.MAP_ITERATION_ABORTED:
        dropChild(s, f, e.details().path("index").asInt());
        break;
      case EventTypes.CHILD_EXECUTION_STARTED:
        {
          final int index = in.path("index").asInt();
          f.fanout.nextIndex = index + 1;
          f.fanout.running++;
          // Histories written before the input was recorded have none: such a child is not
          // started again after a recovery.
          f.fanout.childInputs[index] = in.get("input");
          break;
        }
      case EventTypes.CHILD_EXECUTION_COMPLETED:
        childExecutionCompleted(f, in);
        break;
      case EventTypes.MAP_RUN_STARTED:
      case EventTypes.MAP_RUN_SUCCEEDED:
        break;
      case EventTypes.MAP_STATE_SUCCEEDED:
      case EventTypes.PARALLEL_STATE_SUCCEEDED:
      case EventTypes.MAP_STATE_FAILED:
      case EventTypes.MAP_RUN_FAILED:
      case EventTypes.MAP_RUN_ABORTED:
      case EventTypes.PARALLEL_STATE_FAILED:
        removeDescendants(s, f.path);
        f.fanout = null;
        f.phase = FramePhase.ACTIVE;
        break;
      default:
        throw new IllegalStateException(
            "Expected a known event type for execution state, but found " + e.type());
    }
  }

  private static void startParallel(ExecutionState s, Frame f, JsonNode input) {
    final ParallelState parallel = (ParallelState) f.state();
    final int n = parallel.branches().size();
    f.phase = FramePhase.FANOUT;
    f.timerId = null;
    f.timerFireAt = null;
    f.fanout = new Fanout(n, input, 0, 0, 0, false, null);
    f.fanout.nextIndex = n;
    f.fanout.running = n;
    for (int i = 0; i < n; i++) {
      EventApplier.newChild(s, f, i, parallel.branches().get(i), input);
    }
  }

  private static void dropChild(ExecutionState s, Frame f, int index) {
    final String path = f.childPath(index);
    removeDescendants(s, path);
    s.frames.remove(path);
    f.fanout.running--;
  }

  private static void childExecutionCompleted(Frame f, ObjectNode in) {
    final int index = in.path("index").asInt();
    f.fanout.finished[index] = true;
    f.fanout.childInputs[index] = null;
    f.fanout.running--;
    if ("SUCCEEDED".equals(in.path("status").asText())) {
      f.fanout.results[index] = in.get("output");
      f.fanout.succeeded++;
    } else {
      f.fanout.failed++;
    }
  }
}
