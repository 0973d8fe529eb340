package io.baton.client.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code baton validate}: prints a definition's diagnostics; exits 1 when it has errors. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Validate a state machine definition and print every problem found.")
public final class ValidateCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "The definition file (ASL JSON).")
  Path file;

  @Override
  public Integer call() {
    return 0;
  }

  static List<String> errors(JsonNode definition) {
    return List.of();
  }

  static void print(List<String> diagnostics) {
    diagnostics.forEach(System.err::println);
  }
}
