package io.baton.client.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.definition.validate.DefinitionValidator;
import io.baton.engine.definition.validate.Diagnostic;
import io.baton.engine.json.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code baton validate}: prints a definition's diagnostics; exits 1 when it has errors. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Validate a state machine definition and print every problem found.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:valid (warnings may be printed)",
      "1:the definition has errors",
      "2:the file cannot be read"
    })
public final class ValidateCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "The definition file (ASL JSON).")
  Path file;

  @Option(names = "--output", description = "text (default) or json", defaultValue = "text")
  String output;

  @Override
  public Integer call() throws Exception {
    final String text;
    try {
      text = CliFiles.readText(file);
    } catch (IllegalArgumentException e) {
      System.err.println("baton validate: " + e.getMessage());
      return 2;
    }
    final List<Diagnostic> diagnostics = DefinitionValidator.validate(text);
    if ("json".equals(output)) {
      final var out = Json.object();
      final var list = out.putArray("diagnostics");
      for (Diagnostic d : diagnostics) {
        final var node = list.addObject();
        node.put("severity", d.severity().name());
        node.put("code", d.code());
        node.put("message", d.message());
        node.put("location", d.location());
      }
      out.put("result", diagnostics.stream().anyMatch(Diagnostic::isError) ? "FAIL" : "OK");
      System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(out));
    } else {
      diagnostics.forEach(d -> System.out.println(d.severity() + " " + d));
      if (diagnostics.isEmpty()) {
        System.out.println("OK: " + file + " is a valid state machine definition");
      }
    }
    return diagnostics.stream().anyMatch(Diagnostic::isError) ? 1 : 0;
  }

  /** The errors (not warnings) of a definition. */
  static List<Diagnostic> errors(JsonNode definition) {
    return DefinitionValidator.validate(definition).stream().filter(Diagnostic::isError).toList();
  }

  static void print(List<Diagnostic> diagnostics) {
    diagnostics.forEach(d -> System.err.println(d.severity() + " " + d));
  }
}
