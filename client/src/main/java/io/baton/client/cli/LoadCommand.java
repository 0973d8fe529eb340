package io.baton.client.cli;

import io.baton.client.BatonClient;
import io.baton.client.ClientOptions;
import io.baton.client.load.GrpcTarget;
import io.baton.client.load.LoadDriver;
import io.baton.client.load.LoadPlan;
import io.baton.client.load.LoadReport;
import io.baton.client.load.LoadSetup;
import io.baton.client.load.LoadStats;
import io.baton.client.load.LoadTarget;
import io.baton.client.load.RunSeries;
import io.baton.engine.json.Json;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code baton load}: durable throughput and latency of STANDARD executions on running nodes. It
 * creates (or updates) the state machine, runs one probe execution to count its state transitions,
 * then starts executions over gRPC, round-robin over the endpoints, and times each one from its
 * StartExecution until AwaitExecution reports its end.
 */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Drive STANDARD executions on one or more nodes and report executions/s, state"
          + " transitions/s and start-to-finish latency.",
      "--concurrency N keeps N executions in flight (the maximum rate); --rate R starts R per"
          + " second (the latency at that load)."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      "0:the run finished without errors",
      "1:the server refused the set-up (the AWS error name is printed)",
      ExitCodes.L2,
      ExitCodes.L3,
      "4:some executions failed or calls were refused during the run, or the probe failed"
    })
public final class LoadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** How the report is printed. */
  public enum Format {
    text,
    json
  }

  @Option(
      names = "--endpoint",
      split = ",",
      paramLabel = "HOST:PORT",
      defaultValue = "${BATON_ENDPOINT:-localhost:50051}",
      description =
          "A node's gRPC address; repeat or separate with commas to spread starts over several"
              + " (default: ${DEFAULT-VALUE}).")
  List<String> endpoints;

  @Option(
      names = "--definition",
      required = true,
      paramLabel = "FILE",
      description = "The state machine (ASL JSON).")
  Path definition;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "The state machine's name (default: load-<file name without .json>).")
  String name;

  @Option(
      names = "--input",
      paramLabel = "JSON",
      defaultValue = "{}",
      description = "Each execution's input: JSON text or @file (default: {}).")
  String input;

  @ArgGroup(exclusive = true)
  Pace pace = new Pace();

  /** Closed loop or open loop, not both. */
  static final class Pace {
    @Option(
        names = "--concurrency",
        paramLabel = "N",
        defaultValue = "64",
        description = "Closed loop: keep N executions in flight (default: ${DEFAULT-VALUE}).")
    int concurrency = 64;

    @Option(
        names = "--rate",
        paramLabel = "R",
        description = "Open loop: start R executions per second, whatever the node answers.")
    double rate;
  }

  @Option(
      names = "--duration",
      paramLabel = "TIME",
      defaultValue = "30s",
      converter = DurationConverter.class,
      description = "How long to measure (default: ${DEFAULT-VALUE}).")
  Duration duration;

  @Option(
      names = "--warmup",
      paramLabel = "TIME",
      defaultValue = "10s",
      converter = DurationConverter.class,
      description = "How long to run before measuring (default: ${DEFAULT-VALUE}).")
  Duration warmup;

  @Option(
      names = "--runs",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Measure N times in a row (one warm-up before the first) and report each run and the"
              + " medians (default: 1).")
  int runs;

  @Option(
      names = "--max-in-flight",
      paramLabel = "N",
      defaultValue = "5000",
      description = "Open loop: skip a start while this many are in flight (default: 5000).")
  int maxInFlight;

  @Option(
      names = "--execution-timeout",
      paramLabel = "TIME",
      defaultValue = "120s",
      converter = DurationConverter.class,
      description = "An execution not ended by then counts as an error (default: 120s).")
  Duration executionTimeout;

  @Option(
      names = "--role-arn",
      paramLabel = "ARN",
      defaultValue = "arn:aws:iam::123456789012:role/baton-load",
      description = "The role ARN recorded with the state machine.")
  String roleArn;

  @Option(
      names = "--output",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default) or json.")
  Format output;

  @Override
  public Integer call() throws InterruptedException {
    if (runs < 1) {
      throw new IllegalArgumentException("--runs must be at least 1, was " + runs);
    }
    final LoadPlan plan =
        new LoadPlan(
            pace.rate > 0 ? 0 : pace.concurrency,
            pace.rate,
            warmup,
            duration,
            maxInFlight,
            executionTimeout);
    final String text = CliFiles.readText(definition);
    CliFiles.readDefinition(definition);
    final String body = Json.write(CliFiles.readInput(input, 256 * 1024));
    final List<BatonClient> clients = new ArrayList<>();
    try {
      for (String endpoint : endpoints) {
        // No retries: a throttled or failed call is what the run measures.
        clients.add(
            BatonClient.connect(
                ClientOptions.defaults()
                    .withEndpoint(endpoint.trim())
                    .withRetries(1, Duration.ofMillis(100))));
      }
      final BatonClient first = clients.get(0);
      final String arn = LoadSetup.createOrUpdate(first, machineName(), text, roleArn);
      final int transitions;
      try {
        transitions = LoadSetup.transitionsOfOne(first, arn, body);
      } catch (IllegalStateException e) {
        spec.commandLine().getErr().println("load: " + e.getMessage());
        return ExitCodes.EXECUTION_FAILED;
      }
      final List<LoadTarget> targets = new ArrayList<>();
      for (int i = 0; i < clients.size(); i++) {
        targets.add(
            new GrpcTarget(
                endpoints.get(i).trim(),
                clients.get(i).async(),
                arn,
                body,
                Duration.ofSeconds(60)));
      }
      final List<LoadReport> reports = new ArrayList<>();
      for (int run = 0; run < runs; run++) {
        // The first run warms the node and this JVM up; the ones after it start warm.
        final LoadPlan thisRun = run == 0 ? plan : plan.withoutWarmup();
        final LoadStats stats = new LoadDriver(targets, thisRun).run();
        reports.add(
            LoadReport.of(
                arn,
                thisRun,
                stats,
                transitions,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
      }
      final RunSeries series = new RunSeries(reports);
      final var out = spec.commandLine().getOut();
      if (output == Format.json) {
        out.println(Json.write(runs == 1 ? reports.get(0).toJson() : series.toJson()));
      } else {
        out.print(runs == 1 ? reports.get(0).toText() : series.toText());
      }
      out.flush();
      return series.errors() == 0 ? ExitCodes.OK : ExitCodes.EXECUTION_FAILED;
    } finally {
      clients.forEach(BatonClient::close);
    }
  }

  private String machineName() {
    if (name != null) {
      return name;
    }
    final String file = definition.getFileName().toString();
    return "load-" + (file.endsWith(".json") ? file.substring(0, file.length() - 5) : file);
  }
}
