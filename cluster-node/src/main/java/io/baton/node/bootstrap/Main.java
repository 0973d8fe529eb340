package io.baton.node.bootstrap;

import io.baton.client.cli.BatonCli;
import picocli.CommandLine;

/** The full {@code baton} command: the client's commands plus {@code serve}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    final CommandLine cli = BatonCli.commandLine();
    cli.addSubcommand("serve", new ServeCommand());
    System.exit(cli.execute(args));
  }
}
