package io.baton.client.cli;

import io.baton.client.BatonClient;
import io.baton.client.grpc.v1.Execution;
import io.baton.client.grpc.v1.ExecutionStatus;
import io.baton.client.grpc.v1.GetExecutionHistoryRequest;
import io.baton.client.grpc.v1.ListExecutionsRequest;
import io.baton.client.grpc.v1.StartExecutionRequest;
import io.baton.client.grpc.v1.StopExecutionRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code baton executions …}: start, follow, list and stop executions on a node. */
@Command(
    name = "executions",
    mixinStandardHelpOptions = true,
    description = "Start, follow, list and stop executions on a node.",
    scope = ScopeType.INHERIT,
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.L0, ExitCodes.L1, ExitCodes.L2, ExitCodes.L3, ExitCodes.L4})
public final class ExecutionsCommand {
  /** The statuses a listing can be limited to. */
  public enum Status {
    RUNNING,
    SUCCEEDED,
    FAILED,
    TIMED_OUT,
    ABORTED
  }

  @Spec CommandSpec spec;

  @Command(
      name = "start",
      description = "Start an execution; with --sync or --watch, wait for its end.")
  int start(
      @Parameters(paramLabel = "STATE_MACHINE_ARN", description = "The state machine's ARN.")
          String machineArn,
      @Option(
              names = "--name",
              paramLabel = "NAME",
              defaultValue = "",
              description = "The execution's name (default: the server picks one).")
          String name,
      @Option(
              names = "--input",
              paramLabel = "JSON|@FILE",
              defaultValue = "{}",
              description = "The input: JSON text, or @file.")
          String input,
      @Option(
              names = "--trace-header",
              paramLabel = "HEADER",
              defaultValue = "",
              description = "An X-Ray trace header, recorded with the execution.")
          String traceHeader,
      @Option(
              names = "--sync",
              description = "Run an EXPRESS machine and print its result (StartSyncExecution).")
          boolean sync,
      @Option(
              names = "--watch",
              description = "Print the history as it happens until the execution ends.")
          boolean watch,
      @Mixin RemoteOptions remote) {
    final var request =
        StartExecutionRequest.newBuilder()
            .setStateMachineArn(machineArn)
            .setName(name)
            .setInput(
                input.startsWith("@") ? CliFiles.readText(Path.of(input.substring(1))) : input)
            .setTraceHeader(traceHeader)
            .build();
    try (BatonClient client = remote.connect()) {
      if (sync) {
        final Execution e =
            client
                .startSyncExecution(request, Duration.ofSeconds(remote.timeoutSeconds))
                .getExecution();
        printer(remote).object(ProtoJson.execution(e));
        return ExecutionEnd.exitCode(e);
      }
      final var started = client.startExecution(request);
      if (watch) {
        return ExecutionEnd.follow(client, started.getExecutionArn(), false, printer(remote));
      }
      final Map<String, String> fields = new LinkedHashMap<>();
      fields.put("executionArn", started.getExecutionArn());
      fields.put("startDate", ProtoJson.date(started.getStartDate()));
      printer(remote).done(fields);
      return ExitCodes.OK;
    }
  }

  @Command(name = "describe", description = "Show an execution's status, input and output.")
  int describe(
      @Parameters(paramLabel = "EXECUTION_ARN", description = "The execution's ARN.") String arn,
      @Mixin RemoteOptions remote) {
    try (BatonClient client = remote.connect()) {
      printer(remote).object(ProtoJson.execution(client.describeExecution(arn)));
      return ExitCodes.OK;
    }
  }

  @Command(name = "stop", description = "Stop a running execution.")
  int stop(
      @Parameters(paramLabel = "EXECUTION_ARN", description = "The execution's ARN.") String arn,
      @Option(
              names = "--error",
              paramLabel = "ERROR",
              defaultValue = "",
              description = "The error name.")
          String error,
      @Option(
              names = "--cause",
              paramLabel = "CAUSE",
              defaultValue = "",
              description = "A longer description of the error.")
          String cause,
      @Mixin RemoteOptions remote) {
    try (BatonClient client = remote.connect()) {
      final var stopped =
          client.stopExecution(
              StopExecutionRequest.newBuilder()
                  .setExecutionArn(arn)
                  .setError(error)
                  .setCause(cause)
                  .build());
      printer(remote).done(Map.of("stopDate", ProtoJson.date(stopped.getStopDate())));
      return ExitCodes.OK;
    }
  }

  @Command(name = "list", description = "List a state machine's executions, a page at a time.")
  int list(
      @Parameters(paramLabel = "STATE_MACHINE_ARN", description = "The state machine's ARN.")
          String machineArn,
      @Option(
              names = "--status",
              paramLabel = "STATUS",
              description = "Only this status: ${COMPLETION-CANDIDATES}.")
          Status status,
      @Mixin PageOptions paging,
      @Mixin RemoteOptions remote) {
    final var request =
        ListExecutionsRequest.newBuilder()
            .setStateMachineArn(machineArn)
            .setPageSize(paging.maxResults)
            .setPageToken(paging.nextToken);
    if (status != null) {
      request.setStatusFilter(ExecutionStatus.valueOf("EXECUTION_STATUS_" + status.name()));
    }
    try (BatonClient client = remote.connect()) {
      final var page = client.listExecutions(request.build());
      printer(remote)
          .page(
              "executions",
              page.getExecutionsList(),
              ProtoJson::summary,
              new Table("NAME", "STATUS", "STARTED", "STOPPED", "ARN"),
              e ->
                  new String[] {
                    e.getName(),
                    ProtoJson.status(e.getStatus()),
                    ProtoJson.date(e.getStartDate()),
                    e.hasStopDate() ? ProtoJson.date(e.getStopDate()) : "-",
                    e.getExecutionArn()
                  },
              page.getNextPageToken());
      return ExitCodes.OK;
    }
  }

  @Command(name = "history", description = "Print a page of an execution's history.")
  int history(
      @Parameters(paramLabel = "EXECUTION_ARN", description = "The execution's ARN.") String arn,
      @Option(names = "--reverse", description = "Newest event first.") boolean reverse,
      @Option(names = "--no-data", description = "Leave inputs and outputs out.") boolean noData,
      @Mixin PageOptions paging,
      @Mixin RemoteOptions remote) {
    try (BatonClient client = remote.connect()) {
      final var page =
          client.getExecutionHistory(
              GetExecutionHistoryRequest.newBuilder()
                  .setExecutionArn(arn)
                  .setReverseOrder(reverse)
                  .setExcludeExecutionData(noData)
                  .setPageSize(paging.maxResults)
                  .setPageToken(paging.nextToken)
                  .build());
      printer(remote)
          .page(
              "events",
              page.getEventsList(),
              ProtoJson::event,
              new Table("ID", "PREV", "TIMESTAMP", "TYPE", "DETAILS"),
              e ->
                  new String[] {
                    Long.toString(e.getId()),
                    Long.toString(e.getPreviousEventId()),
                    ProtoJson.date(e.getTimestamp()),
                    e.getType(),
                    Table.cut(e.getDetailsJson(), 100)
                  },
              page.getNextPageToken());
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "watch",
      description =
          "Print the history as it happens until the execution ends; exits 4 unless it succeeded.")
  int watch(
      @Parameters(paramLabel = "EXECUTION_ARN", description = "The execution's ARN.") String arn,
      @Option(names = "--no-data", description = "Leave inputs and outputs out.") boolean noData,
      @Mixin RemoteOptions remote) {
    try (BatonClient client = remote.connect()) {
      return ExecutionEnd.follow(client, arn, noData, printer(remote));
    }
  }

  private Printer printer(RemoteOptions remote) {
    return new Printer(spec.commandLine().getOut(), remote.json());
  }
}
