package io.baton.client.cli;

/** The exit codes of the remote commands, the same for every one of them. */
final class ExitCodes {
  static final int OK = 0;

  /** The server refused the request (not found, invalid argument, throttled, …). */
  static final int REFUSED = 1;

  /** Wrong usage, or a local file could not be read. */
  static final int USAGE = 2;

  /** The server could not be reached or did not answer in time. */
  static final int UNREACHABLE = 3;

  /** The execution ended but did not succeed (start --sync/--watch, watch). */
  static final int EXECUTION_FAILED = 4;

  /** No activity task arrived before the poll ended (activities poll). */
  static final int NO_TASK = 5;

  /** The lines of {@code exitCodeList} in each remote command's help. */
  static final String HEADING = "%nExit codes:%n";

  static final String L0 = "0:success";
  static final String L1 = "1:the server refused the request; its AWS error name is printed";
  static final String L2 = "2:wrong usage, or a local file cannot be read";
  static final String L3 = "3:the server cannot be reached or did not answer in time";
  static final String L4 = "4:the execution ended without succeeding (start --sync/--watch, watch)";
  static final String L5 = "5:no task arrived (activities poll)";

  private ExitCodes() {}
}
