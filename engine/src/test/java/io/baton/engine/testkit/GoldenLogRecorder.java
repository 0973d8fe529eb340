package io.baton.engine.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes the golden logs of this version of the engine into a directory, one file per scenario,
 * named {@code v<version>-<scenario>.json}. Run it when a release changes what events mean, add the
 * new files, and never edit old ones:
 *
 * <pre>{@code
 * mvn -o -q test-compile exec:java -pl engine -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.baton.engine.testkit.GoldenLogRecorder \
 *   -Dexec.args="0.1.0 engine/src/test/resources/golden"
 * }</pre>
 *
 * <p>A third argument names the only scenario to write, for a change that adds a scenario without
 * changing what the others record.
 */
public final class GoldenLogRecorder {
  private static final String LAMBDA = "arn:aws:states:::lambda:invoke";

  private GoldenLogRecorder() {}

  public static void main(String[] args) throws IOException {
    final String version = args[0];
    final Path dir = Path.of(args[1]);
    Files.createDirectories(dir);
    for (Map.Entry<String, Scenario> s : scenarios().entrySet()) {
      if (args.length > 2 && !args[2].equals(s.getKey())) {
        continue;
      }
      final JsonNode definition = Json.parse(s.getValue().definition());
      final ExecutionHarness run = ExecutionHarness.of(s.getValue().definition());
      s.getValue().drive().accept(run);
      run.verifyReplay();
      final Path file = dir.resolve("v" + version + "-" + s.getKey() + ".json");
      if (Files.exists(file)) {
        throw new IllegalStateException("Expected a new golden log, but " + file + " exists");
      }
      Files.writeString(
          file,
          Json.MAPPER
                  .writerWithDefaultPrettyPrinter()
                  .writeValueAsString(GoldenLogs.of(s.getValue().description(), definition, run))
              + "\n");
    }
  }

  record Scenario(String description, String definition, Consumer<ExecutionHarness> drive) {}

  static Map<String, Scenario> scenarios() {
    final Map<String, Scenario> all = new LinkedHashMap<>();
    all.put(
        "task-retry-catch",
        new Scenario(
            "A task fails, is retried with backoff, fails again and is caught",
            """
            {"StartAt": "T", "States": {
              "T": {"Type": "Task", "Resource": "%s", "TimeoutSeconds": 30, "End": true,
                "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 2, "MaxAttempts": 1}],
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Handled",
                           "ResultPath": "$.error", "Assign": {"failed": true}}]},
              "Handled": {"Type": "Pass", "Parameters": {"failed.$": "$failed"}, "End": true}}}
            """
                .formatted(LAMBDA),
            h -> {
              h.start("{\"job\": 1}");
              h.fail("T", "Boom", "first");
              h.fireNextTimer();
              h.fail("T", "Boom", "second");
            }));
    all.put(
        "parallel-map-variables",
        new Scenario(
            "Variables read inside a Parallel branch and an inline Map of tasks",
            """
            {"StartAt": "Set", "States": {
              "Set": {"Type": "Pass", "Assign": {"factor": 3}, "Next": "P"},
              "P": {"Type": "Parallel", "End": true, "Branches": [
                {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items",
                  "MaxConcurrency": 1, "End": true, "ItemProcessor": {"StartAt": "T",
                  "States": {"T": {"Type": "Task", "Resource": "%s",
                    "Parameters": {"f.$": "$factor", "v.$": "$"}, "End": true}}}}}},
                {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 5, "End": true}}}]}}}
            """
                .formatted(LAMBDA),
            h -> {
              h.start("{\"items\": [1, 2]}");
              h.succeed("T", "1");
              h.succeed("T", "2");
              h.advance(Duration.ofSeconds(5));
            }));
    all.put(
        "running-heartbeat",
        new Scenario(
            "Still running: a task after a wait, with a heartbeat received",
            """
            {"StartAt": "W", "TimeoutSeconds": 3600, "States": {
              "W": {"Type": "Wait", "Seconds": 10, "Next": "T"},
              "T": {"Type": "Task", "Resource": "%s", "HeartbeatSeconds": 30, "End": true}}}
            """
                .formatted(LAMBDA),
            h -> {
              h.start("{}");
              h.fireNextTimer();
              h.advance(Duration.ofSeconds(20));
              h.heartbeat("T");
            }));
    all.put(
        "distributed-map-tolerated",
        new Scenario(
            "A Distributed Map whose one failed child is tolerated",
            """
            {"StartAt": "M", "States": {"M": {"Type": "Map", "ToleratedFailureCount": 1,
              "ItemSelector": {"v.$": "$$.Map.Item.Value"}, "End": true,
              "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED"},
                "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}
            """,
            h -> {
              h.start("[1, 2]");
              final var children = h.openChildren();
              h.failChild(children.get(0), "Child.Failed", "no");
              h.succeedChild(children.get(1), "{\"v\": 2}");
            }));
    all.put(
        "stopped-in-parallel",
        new Scenario(
            "Stopped while a Parallel waits for a task and a timer",
            """
            {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
              {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s", "End": true}}},
              {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 60, "End": true}}}]}}}
            """
                .formatted(LAMBDA),
            h -> {
              h.start("{}");
              h.stop("Operator.Stop", "maintenance");
            }));
    all.put(
        "branches-cut",
        new Scenario(
            "A failing branch cuts a task, a wait and an inline Map; the Parallel is caught",
            """
            {"StartAt": "P", "States": {
              "P": {"Type": "Parallel", "Next": "Done", "Branches": [
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s",
                  "HeartbeatSeconds": 30, "End": true}}},
                {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 60, "End": true}}},
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
                  "ItemProcessor": {"StartAt": "I", "States": {
                    "I": {"Type": "Wait", "Seconds": 60, "End": true}}}}}},
                {"StartAt": "Pause", "States": {
                  "Pause": {"Type": "Wait", "Seconds": 1, "Next": "F"},
                  "F": {"Type": "Fail", "Error": "Boom", "Cause": "cut the others"}}}],
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Done"}]},
              "Done": {"Type": "Wait", "Seconds": 5, "End": true}}}
            """
                .formatted(LAMBDA),
            h -> {
              h.start("[1, 2]");
              h.fireNextTimer();
            }));
    return all;
  }
}
