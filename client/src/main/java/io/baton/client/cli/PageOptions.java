package io.baton.client.cli;

import picocli.CommandLine.Option;

/** The paging options of every list command. */
public final class PageOptions {
  @Option(
      names = "--max-results",
      paramLabel = "N",
      defaultValue = "0",
      description = "Page size (0: the server's default).")
  int maxResults;

  @Option(
      names = "--next-token",
      paramLabel = "TOKEN",
      defaultValue = "",
      description = "The token printed after the previous page.")
  String nextToken;
}
