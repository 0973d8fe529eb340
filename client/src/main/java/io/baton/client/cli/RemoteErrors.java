package io.baton.client.cli;

import io.baton.client.BatonClientException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns failures of remote commands into one line on stderr and a documented exit code. */
final class RemoteErrors implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed)
      throws Exception {
    final String name = cmd.getCommandSpec().qualifiedName();
    if (e instanceof BatonClientException failure) {
      if (failure.isUnreachable()) {
        final var endpoint = cmd.getCommandSpec().findOption("--endpoint");
        final String where = endpoint == null ? "" : " at " + endpoint.getValue();
        cmd.getErr()
            .println(name + ": cannot reach the node" + where + " (" + failure.getMessage() + ")");
        return ExitCodes.UNREACHABLE;
      }
      cmd.getErr().println(name + ": " + failure.getMessage());
      return ExitCodes.REFUSED;
    }
    if (e instanceof IllegalArgumentException) {
      cmd.getErr().println(name + ": " + e.getMessage());
      return ExitCodes.USAGE;
    }
    throw e;
  }
}
