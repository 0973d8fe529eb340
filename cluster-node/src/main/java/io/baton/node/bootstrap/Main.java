package io.baton.node.bootstrap;

import io.baton.client.cli.BatonCli;
import picocli.CommandLine;

/** The full {@code baton} command: the client's commands plus {@code serve}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    CommonPoolSize.ensureAtLeastTwo();
    System.exit(commandLine().execute(args));
  }

  /** The command line {@link #main} runs, for tests that drive it in-process. */
  public static CommandLine commandLine() {
    final CommandLine cli = BatonCli.commandLine();
    cli.addSubcommand("serve", new ServeCommand());
    return cli;
  }
}
