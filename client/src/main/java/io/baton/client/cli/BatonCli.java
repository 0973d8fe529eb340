package io.baton.client.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code baton} command: local runs and validation of state machines, and the remote commands
 * that talk to a node over gRPC ({@code state-machines}, {@code executions}, {@code activities},
 * {@code tasks}).
 */
@Command(
    name = "baton",
    mixinStandardHelpOptions = true,
    version = "baton 0.1.0",
    description = "Run and validate Amazon States Language state machines, locally or on a node.",
    subcommands = {
      RunCommand.class,
      ValidateCommand.class,
      BenchCommand.class,
      LoadCommand.class,
      StateMachinesCommand.class,
      ExecutionsCommand.class,
      ActivitiesCommand.class,
      TasksCommand.class,
      CommandLine.HelpCommand.class
    })
public final class BatonCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with every client subcommand; the node adds {@code serve} to it. */
  public static CommandLine commandLine() {
    return new CommandLine(new BatonCli())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(new RemoteErrors());
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
