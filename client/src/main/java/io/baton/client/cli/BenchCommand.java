package io.baton.client.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.IdSource;
import io.baton.engine.definition.StateMachineDefinition;
import io.baton.engine.definition.parse.DefinitionParser;
import io.baton.engine.execution.ExecutionInfo;
import io.baton.engine.execution.ExecutionStatus;
import io.baton.engine.json.Json;
import io.baton.engine.runner.ExecutionResult;
import io.baton.engine.runner.LocalRunner;
import io.baton.engine.runner.TaskOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code baton bench DIR}: in-process executions per second on reference workloads, one execution
 * at a time on one thread. Each workload is {@code NAME.json} with {@code NAME.input.json} beside
 * it; the figure is the median of five 2-second rounds after a warm-up round.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure in-process executions per second on definitions in a directory.")
public final class BenchCommand implements Callable<Integer> {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final int ROUNDS = 5;
  private static final long ROUND_NANOS = 2_000_000_000L;

  @Parameters(index = "0", description = "Directory with NAME.json and NAME.input.json files.")
  Path dir;

  @Option(
      names = "--workloads",
      split = ",",
      defaultValue = "chain10,map100,parallel4",
      description = "Comma-separated workload names.")
  String[] names;

  @Override
  public Integer call() throws IOException {
    for (String name : names) {
      final JsonNode definition = Json.parse(Files.readString(dir.resolve(name + ".json")));
      final JsonNode input = Json.parse(Files.readString(dir.resolve(name + ".input.json")));
      System.out.printf(
          "%-10s %,12.0f executions/s (median of %d rounds)%n",
          name, measure(definition, input), ROUNDS);
    }
    return 0;
  }

  static double measure(JsonNode definition, JsonNode input) {
    final StateMachineDefinition parsed = DefinitionParser.parse(definition);
    final LocalRunner runner =
        LocalRunner.virtual(
            task -> CompletableFuture.completedFuture(TaskOutcome.success(task.parameters())),
            new CountingIds());
    final ExecutionInfo info =
        new ExecutionInfo(
            "arn:aws:states:us-east-1:123456789012:execution:bench:run",
            "run",
            "arn:aws:states:us-east-1:123456789012:stateMachine:bench",
            "bench",
            "arn:aws:iam::123456789012:role/bench",
            input,
            START,
            0);
    // Warm up the JIT before measuring.
    runRound(runner, parsed, info);
    final List<Double> rates = new ArrayList<>();
    for (int i = 0; i < ROUNDS; i++) {
      rates.add(runRound(runner, parsed, info));
    }
    Collections.sort(rates);
    return rates.get(ROUNDS / 2);
  }

  private static double runRound(
      LocalRunner runner, StateMachineDefinition parsed, ExecutionInfo info) {
    final long start = System.nanoTime();
    long count = 0;
    while (System.nanoTime() - start < ROUND_NANOS) {
      final ExecutionResult result = runner.run(parsed, info);
      if (result.status() != ExecutionStatus.SUCCEEDED) {
        throw new IllegalStateException(
            "Benchmark execution did not succeed: " + result.error() + " " + result.cause());
      }
      count++;
    }
    return count * 1e9 / (System.nanoTime() - start);
  }

  /** Cheap deterministic ids: the benchmark measures the engine, not UUID generation. */
  private static final class CountingIds implements IdSource {
    private long n;

    @Override
    public String newUuid() {
      n++;
      return String.format("00000000-0000-4000-8000-%012d", n);
    }

    @Override
    public double nextDouble() {
      return 0.5;
    }
  }
}
