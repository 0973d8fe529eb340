package io.baton.engine.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.definition.StateMachineDefinition;
import io.baton.engine.definition.parse.DefinitionParser;
import io.baton.engine.execution.ExecutionInfo;
import io.baton.engine.execution.ExecutionState;
import io.baton.engine.execution.ExecutionStatus;
import io.baton.engine.execution.HistoryEvent;
import io.baton.engine.interpreter.Decision;
import io.baton.engine.interpreter.Effect;
import io.baton.engine.interpreter.Interpreter;
import io.baton.engine.interpreter.Signal;
import io.baton.engine.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Drives one execution through {@link Interpreter#decide} and {@link ExecutionState#apply}, signal
 * by signal, the way an execution entity would, and records everything.
 *
 * <ul>
 *   <li>Every decision is checked at once: {@code decide} must not change the state it is given,
 *       the timers the state holds must be exactly the timers started and not yet cancelled or
 *       fired, and {@link Interpreter#regenerate} must give back exactly those timers, the open
 *       task calls and the running Distributed Map children (so an entity rebuilds the same work on
 *       recovery). The state is also written as a {@link io.baton.engine.execution.StateSnapshot}
 *       and read back before each decision: it must equal the live state and decide exactly the
 *       same way.
 *   <li>{@link #verifyReplay()} replays the recorded events into a fresh state and checks it equals
 *       the live one, and that visible event ids run 1..n. {@link HarnessExtension} calls it after
 *       every test.
 *   <li>Time moves only by hand ({@link #advance}, {@link #fireNextTimer}); ids come from a {@link
 *       SeededIds}. Nothing here reads the system clock or sleeps.
 * </ul>
 */
public final class ExecutionHarness {
  private final StateMachineDefinition definition;
  private final Interpreter interpreter;
  private final FakeClock clock;
  private final SeededIds ids;
  private final String executionName;
  private final ExecutionState live;
  private final List<HistoryEvent> events = new ArrayList<>();
  private final List<Decision> decisions = new ArrayList<>();
  private final TimerBook timers = new TimerBook();
  private final WorkBook work = new WorkBook();
  private final List<ExecutionHarness> children = new ArrayList<>();

  ExecutionHarness(
      StateMachineDefinition definition,
      Interpreter interpreter,
      FakeClock clock,
      SeededIds ids,
      String executionName) {
    this.definition = definition;
    this.interpreter = interpreter;
    this.clock = clock;
    this.ids = ids;
    this.executionName = executionName;
    this.live = new ExecutionState(definition);
  }

  /** A harness for a definition written as JSON, with a fresh clock and ids seeded with 1. */
  public static ExecutionHarness of(String definitionJson) {
    return builder(definitionJson).build();
  }

  public static HarnessBuilder builder(String definitionJson) {
    return new HarnessBuilder(DefinitionParser.parse(Json.parse(definitionJson)));
  }

  public static HarnessBuilder builder(StateMachineDefinition definition) {
    return new HarnessBuilder(definition);
  }

  // ---- signals ------------------------------------------------------------------------------

  /** Starts the execution with {@code inputJson} at the clock's current time. */
  public Decision start(String inputJson) {
    return start(Json.parse(inputJson));
  }

  public Decision start(JsonNode input) {
    return signal(new Signal.Start(info(input)));
  }

  /** The execution info a start uses: {@link TestExecutions}' ARNs and the clock's time. */
  public ExecutionInfo info(JsonNode input) {
    return TestExecutions.info(executionName, input, clock.now());
  }

  /**
   * Decides on {@code signal} at the current time, applies the events to the live state and records
   * events and effects.
   */
  public Decision signal(Signal signal) {
    final ExecutionState before = live.copy();
    final Decision fromSnapshot =
        interpreter.decide(Invariants.snapshotRoundTrip(live), signal, clock.now(), ids.copy());
    final Decision decision = interpreter.decide(live, signal, clock.now(), ids);
    Invariants.check(live.equals(before), "decide changed the state it was given for " + signal);
    Invariants.check(
        fromSnapshot.equals(decision),
        "Expected the same decision from a restored snapshot for "
            + signal
            + ", but got "
            + fromSnapshot
            + " instead of "
            + decision);
    for (HistoryEvent event : decision.events()) {
      live.apply(event);
      events.add(event);
    }
    decisions.add(decision);
    if (signal instanceof Signal.TaskSucceeded s) {
      work.answered(s.taskId());
    } else if (signal instanceof Signal.TaskFailed s) {
      work.answered(s.taskId());
    }
    for (Effect effect : decision.effects()) {
      timers.record(effect);
      work.record(effect);
    }
    work.checkNoTaskAbandoned(live, signal);
    if (live.status() == ExecutionStatus.RUNNING) {
      Invariants.timersMatchState(live, timers.pending().keySet(), signal);
      Invariants.regenerationMatches(
          interpreter,
          live,
          timers.pending(),
          work.openTasks(live),
          work.openChildren(live),
          signal);
    }
    return decision;
  }

  public Decision stop(String error, String cause) {
    return signal(new Signal.Stop(error, cause));
  }

  // ---- tasks --------------------------------------------------------------------------------

  /** Tasks invoked and not yet answered, timed out or dropped, in invocation order. */
  public List<Effect.InvokeTask> openTasks() {
    return work.openTasks(live);
  }

  /** The one open task of state {@code stateName}; fails when there is none or several. */
  public Effect.InvokeTask task(String stateName) {
    return work.onlyTask(live, stateName);
  }

  public Decision succeed(String stateName, String outputJson) {
    return succeed(task(stateName), outputJson);
  }

  public Decision succeed(Effect.InvokeTask task, String outputJson) {
    return signal(new Signal.TaskSucceeded(task.taskId(), Json.parse(outputJson)));
  }

  public Decision fail(String stateName, String error, String cause) {
    return fail(task(stateName), error, cause);
  }

  public Decision fail(Effect.InvokeTask task, String error, String cause) {
    return signal(new Signal.TaskFailed(task.taskId(), error, cause));
  }

  public Decision heartbeat(String stateName) {
    return signal(new Signal.TaskHeartbeat(task(stateName).taskId()));
  }

  public Decision taskStarted(String stateName, String workerName) {
    return signal(new Signal.TaskStarted(task(stateName).taskId(), workerName));
  }

  // ---- Distributed Map children ---------------------------------------------------------------

  /** Child executions started and not yet reported back, in start order. */
  public List<Effect.StartChildExecution> openChildren() {
    return work.openChildren();
  }

  /** Child executions the engine asked to stop and that have not reported back, in stop order. */
  public List<Effect.StartChildExecution> stoppedChildren() {
    return work.stoppedChildren();
  }

  /** Reports a child execution as succeeded with {@code outputJson}. */
  public Decision succeedChild(Effect.StartChildExecution child, String outputJson) {
    return completeChild(child, ExecutionStatus.SUCCEEDED, Json.parse(outputJson), null, null);
  }

  /** Reports a child execution as ended with {@code status} (FAILED, ABORTED, TIMED_OUT). */
  public Decision failChild(Effect.StartChildExecution child, String error, String cause) {
    return completeChild(child, ExecutionStatus.FAILED, null, error, cause);
  }

  public Decision completeChild(
      Effect.StartChildExecution child,
      ExecutionStatus status,
      JsonNode output,
      String error,
      String cause) {
    work.childReported(child);
    return signal(
        new Signal.ChildExecutionCompleted(
            child.framePath(), child.index(), status, output, error, cause));
  }

  // ---- time ---------------------------------------------------------------------------------

  /** Timers started and neither cancelled nor fired, by id, with their due time. */
  public Map<String, Instant> pendingTimers() {
    return timers.pending();
  }

  /** Fires a pending timer now, whatever its due time (as a late or early wake-up would). */
  public Decision fireTimer(String timerId) {
    timers.fired(timerId);
    return signal(new Signal.TimerFired(timerId));
  }

  /** Moves the clock to the earliest pending timer and fires it. */
  public Decision fireNextTimer() {
    final Map.Entry<String, Instant> next =
        timers.next().orElseThrow(() -> new AssertionError("Expected a pending timer, but none"));
    clock.set(max(clock.now(), next.getValue()));
    return fireTimer(next.getKey());
  }

  /** Moves the clock forward by {@code duration}, firing every timer that falls due, in order. */
  public List<Decision> advance(Duration duration) {
    final Instant until = clock.now().plus(duration);
    final List<Decision> fired = new ArrayList<>();
    Optional<Map.Entry<String, Instant>> next;
    while ((next = timers.next()).isPresent() && !next.get().getValue().isAfter(until)) {
      fired.add(fireNextTimer());
    }
    clock.set(until);
    return fired;
  }

  /**
   * Runs the execution to its end: answers open tasks with {@code responder}, runs Distributed Map
   * children in their own harnesses, and otherwise fires the next timer.
   */
  public ExecutionHarness runToCompletion(TaskResponder responder) {
    while (live.status() == ExecutionStatus.RUNNING) {
      if (!openTasks().isEmpty()) {
        final Effect.InvokeTask task = openTasks().get(0);
        signal(TaskResponder.signal(task, responder.answer(task)));
      } else if (!openChildren().isEmpty()) {
        runChild(openChildren().get(0), responder);
      } else if (timers.next().isPresent()) {
        fireNextTimer();
      } else {
        throw new AssertionError("Expected the execution to make progress, but it is stuck");
      }
    }
    return this;
  }

  private void runChild(Effect.StartChildExecution child, TaskResponder responder) {
    final ExecutionHarness sub =
        new ExecutionHarness(child.machine(), interpreter, clock, ids, child.executionName());
    children.add(sub);
    sub.start(child.input());
    sub.runToCompletion(responder);
    final ExecutionState end = sub.state();
    completeChild(
        child,
        end.status(),
        end.output().orElse(null),
        end.error().orElse(null),
        end.cause().orElse(null));
  }

  // ---- reading --------------------------------------------------------------------------------

  public ExecutionState state() {
    return live;
  }

  public ExecutionStatus status() {
    return live.status();
  }

  /** The execution's output; fails unless it succeeded. */
  public JsonNode output() {
    return live.output().orElseThrow(() -> new AssertionError("No output; status " + status()));
  }

  /** Every recorded event, hidden bookkeeping events included. */
  public List<HistoryEvent> events() {
    return List.copyOf(events);
  }

  /** The Step Functions history: visible events only. */
  public List<HistoryEvent> history() {
    return events.stream().filter(HistoryEvent::visible).toList();
  }

  /** The details of every visible event of {@code type}, in order. */
  public List<JsonNode> details(String type) {
    return history().stream()
        .filter(e -> e.type().equals(type))
        .map(e -> (JsonNode) e.details())
        .toList();
  }

  /** The details of the only visible event of {@code type}. */
  public JsonNode onlyDetails(String type) {
    final List<JsonNode> all = details(type);
    Invariants.check(all.size() == 1, "Expected one " + type + " event, but found " + all.size());
    return all.get(0);
  }

  public List<Decision> decisions() {
    return List.copyOf(decisions);
  }

  /** Every effect of every decision, in order. */
  public List<Effect> effects() {
    return decisions.stream().flatMap(d -> d.effects().stream()).toList();
  }

  public <T extends Effect> List<T> effects(Class<T> type) {
    return effects().stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Child harnesses that ran Distributed Map iterations for {@link #runToCompletion}. */
  public List<ExecutionHarness> children() {
    return List.copyOf(children);
  }

  public StateMachineDefinition definition() {
    return definition;
  }

  public FakeClock clock() {
    return clock;
  }

  public SeededIds ids() {
    return ids;
  }

  /** Replays the recorded events into a fresh state; checks ids and equality with the live one. */
  public void verifyReplay() {
    Invariants.replayEqualsLive(definition, events, live);
    children.forEach(ExecutionHarness::verifyReplay);
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
