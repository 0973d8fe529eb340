package io.baton.client.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the {@code baton} command in this JVM and captures what it prints and returns. */
record CliRun(int exitCode, String out, String err) {
  static synchronized CliRun of(String... args) {
    return withInput(null, args);
  }

  static synchronized CliRun withInput(String stdin, String... args) {
    final PrintStream oldOut = System.out;
    final PrintStream oldErr = System.err;
    final InputStream oldIn = System.in;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      if (stdin != null) {
        System.setIn(new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      }
      final int code = BatonCli.commandLine().execute(args);
      return new CliRun(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
      System.setIn(oldIn);
    }
  }
}
