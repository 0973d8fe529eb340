package io.baton.engine.definition.validate;

import java.util.List;
import java.util.stream.Collectors;

/** Test shorthand: definitions written with single quotes, and filters over the diagnostics. */
final class Validation {
  private Validation() {}

  /** JSON written with single quotes for readability in tests. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  /** Validates a definition written with single quotes. */
  static List<Diagnostic> validate(String singleQuoted) {
    return DefinitionValidator.validate(json(singleQuoted));
  }

  /** Validates a machine whose only state, named "S", is {@code stateJson} (single quotes). */
  static List<Diagnostic> validateState(String stateJson) {
    return validate("{'StartAt':'S','States':{'S':" + stateJson + "}}");
  }

  /** Same as {@link #validateState} for a JSONata machine. */
  static List<Diagnostic> validateJsonataState(String stateJson) {
    return validate("{'QueryLanguage':'JSONata','StartAt':'S','States':{'S':" + stateJson + "}}");
  }

  static List<Diagnostic> errors(List<Diagnostic> diagnostics) {
    return diagnostics.stream().filter(Diagnostic::isError).collect(Collectors.toList());
  }

  static List<String> messages(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::toString).collect(Collectors.toList());
  }
}
