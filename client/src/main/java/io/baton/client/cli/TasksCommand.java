package io.baton.client.cli;

import io.baton.client.BatonClient;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code baton tasks …}: answer an activity or callback task by its token. */
@Command(
    name = "tasks",
    mixinStandardHelpOptions = true,
    description = "Answer a task (activity or .waitForTaskToken) by its token.",
    scope = ScopeType.INHERIT,
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.L0, ExitCodes.L1, ExitCodes.L2, ExitCodes.L3})
public final class TasksCommand {
  @Spec CommandSpec spec;

  @Command(name = "success", description = "Report that a task succeeded, with its output.")
  int success(
      @Parameters(paramLabel = "TASK_TOKEN", description = "The task token a worker received.")
          String token,
      @Option(
              names = "--task-output",
              paramLabel = "JSON|@FILE",
              defaultValue = "{}",
              description = "The output: JSON text, or @file.")
          String output,
      @Mixin RemoteOptions remote) {
    final String text =
        output.startsWith("@") ? CliFiles.readText(Path.of(output.substring(1))) : output;
    try (BatonClient client = remote.connect()) {
      client.sendTaskSuccess(token, text);
      return done(remote, "success");
    }
  }

  @Command(name = "failure", description = "Report that a task failed.")
  int failure(
      @Parameters(paramLabel = "TASK_TOKEN", description = "The task token a worker received.")
          String token,
      @Option(
              names = "--error",
              paramLabel = "ERROR",
              defaultValue = "",
              description = "The error name Retry and Catch match.")
          String error,
      @Option(
              names = "--cause",
              paramLabel = "CAUSE",
              defaultValue = "",
              description = "A longer description of the error.")
          String cause,
      @Mixin RemoteOptions remote) {
    try (BatonClient client = remote.connect()) {
      client.sendTaskFailure(token, error, cause);
      return done(remote, "failure");
    }
  }

  @Command(name = "heartbeat", description = "Report that a task is still being worked on.")
  int heartbeat(
      @Parameters(paramLabel = "TASK_TOKEN", description = "The task token a worker received.")
          String token,
      @Mixin RemoteOptions remote) {
    try (BatonClient client = remote.connect()) {
      client.sendTaskHeartbeat(token);
      return done(remote, "heartbeat");
    }
  }

  private int done(RemoteOptions remote, String what) {
    new Printer(spec.commandLine().getOut(), remote.json()).done(Map.of("sent", what));
    return ExitCodes.OK;
  }
}
