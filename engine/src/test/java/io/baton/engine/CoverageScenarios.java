package io.baton.engine;

import io.baton.engine.interpreter.Decision;
import io.baton.engine.interpreter.Effect;
import io.baton.engine.interpreter.Signal;
import io.baton.engine.json.Json;
import io.baton.engine.testkit.ExecutionHarness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A catalogue of small runs that between them use every state type, send every signal type, and
 * should write every event type and ask for every effect type. {@link CompletenessTest} checks that
 * they do; each run's replay is checked as it is built.
 */
final class CoverageScenarios {
  private static final String LAMBDA = "arn:aws:states:::lambda:invoke";
  private static final String ACTIVITY = "arn:aws:states:us-east-1:123456789012:activity:w";

  /** Every harness the scenarios ran. */
  final List<ExecutionHarness> runs = new ArrayList<>();

  /** For each signal type, a decision on a signal of that type that was not stale. */
  final Map<Class<?>, Decision> decisionBySignal = new LinkedHashMap<>();

  CoverageScenarios() {
    flow();
    failState();
    taskLifecycle();
    activities();
    parallel();
    inlineMap();
    distributedMap();
    endings();
    cuts();
    evaluationFailure();
    runs.forEach(ExecutionHarness::verifyReplay);
  }

  private ExecutionHarness run(String definition) {
    final ExecutionHarness h = ExecutionHarness.of(definition);
    runs.add(h);
    return h;
  }

  private Decision send(ExecutionHarness h, Signal signal) {
    final Decision decision = h.signal(signal);
    if (!decision.isEmpty()) {
      decisionBySignal.putIfAbsent(signal.getClass(), decision);
    }
    return decision;
  }

  private void flow() {
    final ExecutionHarness h =
        run(
            """
            {"StartAt": "C", "States": {
              "C": {"Type": "Choice", "Default": "W",
                    "Choices": [{"Variable": "$.x", "IsPresent": false, "Next": "P"}]},
              "P": {"Type": "Pass", "Next": "W"},
              "W": {"Type": "Wait", "Seconds": 1, "Next": "S"},
              "S": {"Type": "Succeed"}}}
            """);
    send(h, new Signal.Start(h.info(Json.parse("{}"))));
    final String timer = h.pendingTimers().keySet().iterator().next();
    h.clock().advance(Duration.ofSeconds(1));
    send(h, new Signal.TimerFired(timer));
  }

  private void failState() {
    run("{\"StartAt\": \"F\", \"States\": {\"F\": {\"Type\": \"Fail\", \"Error\": \"E\"}}}")
        .start("{}");
  }

  private void taskLifecycle() {
    final ExecutionHarness h =
        run(
            """
            {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s",
              "HeartbeatSeconds": 10, "TimeoutSeconds": 100, "Next": "Again",
              "Retry": [{"ErrorEquals": ["Flaky"], "IntervalSeconds": 1}]},
              "Again": {"Type": "Task", "Resource": "%s", "TimeoutSeconds": 5, "End": true}}}
            """
                .formatted(LAMBDA, LAMBDA));
    h.start("{}");
    send(h, new Signal.TaskFailed(h.task("T").taskId(), "Flaky", ""));
    h.fireNextTimer();
    send(h, new Signal.TaskHeartbeat(h.task("T").taskId()));
    send(h, new Signal.TaskSucceeded(h.task("T").taskId(), Json.parse("1")));
    h.fireNextTimer();
  }

  private void activities() {
    final String activity =
        """
        {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "%s",
          "HeartbeatSeconds": 5, "End": true}}}
        """
            .formatted(ACTIVITY);
    final ExecutionHarness succeeds = run(activity);
    succeeds.start("{}");
    send(succeeds, new Signal.TaskStarted(succeeds.task("A").taskId(), "worker"));
    succeeds.succeed("A", "{}");
    final ExecutionHarness fails = run(activity);
    fails.start("{}");
    fails.fail("A", "E", "C");
    final ExecutionHarness timesOut = run(activity);
    timesOut.start("{}");
    timesOut.fireNextTimer();
  }

  private void parallel() {
    final String parallel =
        """
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s", "End": true}}}]}}}
        """
            .formatted(LAMBDA);
    final ExecutionHarness succeeds = run(parallel);
    succeeds.start("{}");
    succeeds.succeed("T", "1");
    final ExecutionHarness fails = run(parallel);
    fails.start("{}");
    fails.fail("T", "E", "");
  }

  private void inlineMap() {
    final String map =
        """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "ItemProcessor": {
          "StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s", "End": true}}}}}}
        """
            .formatted(LAMBDA);
    final ExecutionHarness succeeds = run(map);
    succeeds.start("[1]");
    succeeds.succeed("T", "1");
    final ExecutionHarness fails = run(map);
    fails.start("[1, 2]");
    fails.fail(fails.openTasks().get(0), "E", "");
  }

  private void distributedMap() {
    final String map =
        """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "ItemProcessor": {
          "ProcessorConfig": {"Mode": "DISTRIBUTED"},
          "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}
        """;
    final ExecutionHarness succeeds = run(map);
    succeeds.start("[1]");
    final Effect.StartChildExecution child = succeeds.openChildren().get(0);
    decisionBySignal.putIfAbsent(
        Signal.ChildExecutionCompleted.class, succeeds.succeedChild(child, "1"));
    final ExecutionHarness fails = run(map);
    fails.start("[1]");
    fails.failChild(fails.openChildren().get(0), "E", "");
  }

  private void endings() {
    final String waiting =
        """
        {"StartAt": "W", "TimeoutSeconds": 10, "States": {
          "W": {"Type": "Wait", "Seconds": 60, "End": true}}}
        """;
    final ExecutionHarness stopped = run(waiting);
    stopped.start("{}");
    send(stopped, new Signal.Stop("", ""));
    final ExecutionHarness timedOut = run(waiting);
    timedOut.start("{}");
    timedOut.fireNextTimer();
  }

  /** A failing branch cuts one sibling in each kind of abortable state; a stop ends children. */
  private void cuts() {
    final String inTask = "{\"Type\": \"Task\", \"Resource\": \"%s\", \"End\": true}";
    final String task = inTask.formatted(LAMBDA);
    final ExecutionHarness h =
        run(
            """
            {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
              {"StartAt": "T", "States": {"T": %s}},
              {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 9, "End": true}}},
              {"StartAt": "In", "States": {"In": {"Type": "Parallel", "End": true,
                "Branches": [{"StartAt": "T2", "States": {"T2": %s}}]}}},
              {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
                "ItemProcessor": {"StartAt": "T3", "States": {"T3": %s}}}}},
              {"StartAt": "Pause", "States": {"Pause": {"Type": "Wait", "Seconds": 1,
                "Next": "F"}, "F": {"Type": "Fail", "Error": "E"}}}]}}}
            """
                .formatted(task, task, task));
    h.start("[1]");
    h.fireNextTimer();
    final ExecutionHarness stopped =
        run(
            """
            {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "ItemProcessor": {
              "ProcessorConfig": {"Mode": "DISTRIBUTED"},
              "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}
            """);
    stopped.start("[1]");
    stopped.stop("", "");
  }

  private void evaluationFailure() {
    run("""
        {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.notAnArray",
          "End": true, "ItemProcessor": {"StartAt": "P", "States": {
            "P": {"Type": "Pass", "End": true}}}}}}
        """)
        .start("{\"notAnArray\": {\"a\": 1}}");
  }
}
