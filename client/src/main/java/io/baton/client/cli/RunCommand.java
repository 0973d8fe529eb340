package io.baton.client.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.execution.ExecutionStatus;
import io.baton.engine.execution.HistoryEvent;
import io.baton.engine.execution.HistoryJson;
import io.baton.engine.interpreter.Interpreter;
import io.baton.engine.json.Json;
import io.baton.engine.mock.MockConfig;
import io.baton.engine.mock.MockTaskInvoker;
import io.baton.engine.runner.ExecutionResult;
import io.baton.engine.runner.LocalRunner;
import io.baton.engine.runner.TaskInvoker;
import io.baton.engine.runner.TaskOutcome;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code baton run}: runs a state machine in this process and prints the result. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Run a state machine locally and print its result as JSON.")
public final class RunCommand implements Callable<Integer> {
  /** The AWS limit on an execution's input. */
  static final int MAX_INPUT_BYTES = 256 * 1024;

  @Parameters(index = "0", arity = "0..1", description = "The definition file (ASL JSON).")
  Path file;

  @Option(names = "--input", description = "The input: JSON text, or @file.", defaultValue = "{}")
  String input;

  @Option(names = "--mock-config", description = "A Step Functions Local mock file.")
  Path mockConfig;

  @Option(names = "--test-case", description = "The test case of the mock file to use.")
  String testCase;

  @Option(
      names = "--state-machine-name",
      description = "Name used for ARNs and the context object.",
      defaultValue = "local")
  String machineName;

  @Option(names = "--name", description = "The execution name.", defaultValue = "local-execution")
  String executionName;

  @Option(
      names = "--wait-time-scale",
      description = "Multiply Wait and retry time by this (0 = no waiting).",
      defaultValue = "1")
  double waitTimeScale;

  @Option(names = "--history", description = "Print the history events instead of the result.")
  boolean history;

  @Option(names = "--jsonl", description = "Serve the JSON-lines protocol on stdin/stdout.")
  boolean jsonl;

  @Override
  public Integer call() throws IOException {
    final LocalRunner runner = runner();
    if (jsonl) {
      new JsonLinesServer(runner, Clock.systemUTC())
          .serve(
              new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
              System.out);
      return 0;
    }
    if (file == null) {
      System.err.println("baton run: a definition FILE is required (or --jsonl)");
      return 2;
    }
    final JsonNode definition;
    final JsonNode inputJson;
    try {
      definition = CliFiles.readDefinition(file);
      inputJson = CliFiles.readInput(input, MAX_INPUT_BYTES);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      System.err.println("baton run: " + e.getMessage());
      return 2;
    }
    final var diagnostics = ValidateCommand.errors(definition);
    if (!diagnostics.isEmpty()) {
      ValidateCommand.print(diagnostics);
      return 2;
    }
    final ExecutionResult result =
        LocalExecution.run(
            runner,
            definition,
            inputJson,
            new LocalExecution.Names(
                false,
                "us-east-1",
                "123456789012",
                "arn:aws:iam::123456789012:role/baton-local",
                machineName,
                executionName),
            Clock.systemUTC().instant());
    if (history) {
      final ArrayNode events = Json.NODES.arrayNode();
      for (HistoryEvent e : result.visibleHistory()) {
        events.add(HistoryJson.toAws(e));
      }
      final ObjectNode out = Json.object();
      out.set("events", events);
      System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(out));
    } else {
      System.out.println(
          Json.MAPPER
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(LocalExecution.render(result, false)));
    }
    return result.status() == ExecutionStatus.SUCCEEDED ? 0 : 1;
  }

  private LocalRunner runner() throws IOException {
    TaskInvoker invoker = RunCommand::noTaskRunner;
    if (mockConfig != null) {
      final MockConfig config =
          MockConfig.parse(Json.MAPPER.readTree(Files.readString(mockConfig)));
      final String machine =
          config.stateMachines().contains(machineName) || config.stateMachines().size() != 1
              ? machineName
              : config.stateMachines().iterator().next();
      final var responses =
          config
              .testCase(machine, testCase == null ? "" : testCase)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "The mock file has no test case '"
                              + testCase
                              + "' for state machine '"
                              + machine
                              + "'"));
      invoker = new MockTaskInvoker(responses, invoker);
    }
    return new LocalRunner(
        new Interpreter(),
        invoker,
        new RandomIds(),
        duration -> Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000)),
        waitTimeScale);
  }

  private static CompletableFuture<TaskOutcome> noTaskRunner(
      io.baton.engine.interpreter.Effect.InvokeTask task) {
    return CompletableFuture.completedFuture(
        TaskOutcome.failure(
            "States.TaskFailed",
            "baton run has no service for resource '"
                + task.resource()
                + "' of state '"
                + task.stateName()
                + "'; give it a --mock-config, or run it on a node"));
  }
}
