package io.baton.engine.testkit;

import io.baton.engine.definition.StateMachineDefinition;
import io.baton.engine.execution.ExecutionState;
import io.baton.engine.execution.Frame;
import io.baton.engine.execution.HistoryEvent;
import io.baton.engine.execution.StateSnapshot;
import io.baton.engine.interpreter.Effect;
import io.baton.engine.interpreter.Interpreter;
import io.baton.engine.interpreter.Signal;
import io.baton.engine.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The checks every harness runs: replay equals live, contiguous event ids, and timers and task
 * calls that can be rebuilt from state. Each throws {@link AssertionError} with what it expected
 * and what it found.
 */
public final class Invariants {
  private Invariants() {}

  static void check(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }

  /**
   * Replays {@code events} into a fresh state for {@code definition} and checks it equals {@code
   * live}, and that the events are numbered as AWS numbers them.
   */
  public static void replayEqualsLive(
      StateMachineDefinition definition, List<HistoryEvent> events, ExecutionState live) {
    final ExecutionState replayed = new ExecutionState(definition);
    events.forEach(replayed::apply);
    check(
        replayed.equals(live),
        "Expected the replayed state to equal the live state after "
            + events.size()
            + " events, but they differ (status "
            + replayed.status()
            + " vs "
            + live.status()
            + ", frames "
            + paths(replayed.frames())
            + " vs "
            + paths(live.frames())
            + ")");
    contiguousIds(events);
    check(
        live.eventCount() == events.size(),
        "Expected the state to count "
            + events.size()
            + " events, but it counts "
            + live.eventCount());
  }

  /**
   * Visible events are numbered 1..n in order and point back to an earlier event; hidden ones have
   * id 0 and point to the last visible event.
   */
  public static void contiguousIds(List<HistoryEvent> events) {
    long expected = 1;
    for (HistoryEvent e : events) {
      if (e.visible()) {
        check(
            e.id() == expected,
            "Expected event id " + expected + ", but " + e.type() + " has id " + e.id());
        check(
            e.previousEventId() >= 0 && e.previousEventId() < e.id(),
            "Expected previousEventId < id for "
                + e.type()
                + " #"
                + e.id()
                + ", but it is "
                + e.previousEventId());
        expected++;
      } else {
        check(e.id() == 0, "Expected hidden event " + e.type() + " to have id 0, but " + e.id());
        check(
            e.previousEventId() == expected - 1,
            "Expected hidden event "
                + e.type()
                + " to follow event "
                + (expected - 1)
                + ", but it follows "
                + e.previousEventId());
      }
    }
  }

  /** The timers a running state says it holds must be exactly those started and still pending. */
  static void timersMatchState(ExecutionState state, Set<String> pending, Signal after) {
    final Set<String> held = heldTimers(state);
    check(
        held.equals(new TreeSet<>(pending)),
        "Expected the state to hold exactly the pending timers "
            + new TreeSet<>(pending)
            + " after "
            + after
            + ", but it holds "
            + held);
  }

  /**
   * What a restarted entity would regenerate from state alone must be exactly the outstanding work:
   * the pending timers with their due times, the open task calls as first asked for, and the
   * Distributed Map children started and not yet reported back, as first started.
   */
  static void regenerationMatches(
      Interpreter interpreter,
      ExecutionState state,
      Map<String, Instant> pending,
      List<Effect.InvokeTask> openTasks,
      List<Effect.StartChildExecution> openChildren,
      Signal after) {
    check(
        state.openTimers().equals(pending),
        "Expected the state's open timers to be "
            + pending
            + " after "
            + after
            + ", but they are "
            + state.openTimers());
    final List<Effect> regenerated = interpreter.regenerate(state);
    final Map<String, Instant> timers = new TreeMap<>();
    final List<Effect.InvokeTask> tasks = new ArrayList<>();
    final List<Effect.StartChildExecution> children = new ArrayList<>();
    for (Effect effect : regenerated) {
      if (effect instanceof Effect.StartTimer t) {
        timers.put(t.timerId(), t.fireAt());
      } else if (effect instanceof Effect.InvokeTask t) {
        tasks.add(t);
      } else if (effect instanceof Effect.StartChildExecution c) {
        children.add(c);
      } else {
        throw new AssertionError(
            "Expected only timers, task calls and child starts, but regenerated " + effect);
      }
    }
    check(
        new HashSet<>(children).equals(new HashSet<>(openChildren))
            && children.size() == openChildren.size(),
        "Expected to regenerate the child starts "
            + openChildren
            + " after "
            + after
            + ", but got "
            + children);
    check(
        timers.equals(new TreeMap<>(pending)),
        "Expected to regenerate the timers " + pending + " after " + after + ", but got " + timers);
    check(
        new HashSet<>(tasks).equals(new HashSet<>(openTasks)) && tasks.size() == openTasks.size(),
        "Expected to regenerate the task calls "
            + openTasks
            + " after "
            + after
            + ", but got "
            + tasks);
    check(
        new HashSet<>(children).equals(new HashSet<>(openChildren))
            && children.size() == openChildren.size(),
        "Expected to regenerate the child starts "
            + openChildren
            + " after "
            + after
            + ", but got "
            + children);
  }

  /** Writes a state as a snapshot and reads it back; the result must equal the state. */
  static ExecutionState snapshotRoundTrip(ExecutionState state) {
    final ExecutionState restored =
        StateSnapshot.restore(
            state.definition(), Json.parse(Json.write(StateSnapshot.write(state))));
    check(
        restored.equals(state) && restored.openTimers().equals(state.openTimers()),
        "Expected a restored snapshot to equal the state after "
            + state.eventCount()
            + " events, but it differs");
    return restored;
  }

  /** Every durable timer id a state refers to (what recovery would re-arm). */
  public static Set<String> heldTimers(ExecutionState state) {
    final Set<String> held = new TreeSet<>();
    state.executionTimerId().ifPresent(held::add);
    for (Frame f : state.frames()) {
      addIfPresent(held, f.timerId());
      addIfPresent(held, f.timeoutTimerId());
      addIfPresent(held, f.heartbeatTimerId());
    }
    return held;
  }

  private static void addIfPresent(Set<String> set, String value) {
    if (value != null) {
      set.add(value);
    }
  }

  private static List<String> paths(Collection<Frame> frames) {
    return frames.stream().map(f -> "'" + f.path() + "':" + f.phase()).toList();
  }
}
