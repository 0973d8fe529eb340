package io.baton.engine.definition.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the diagnostics of one validation run and the names that must be unique across the whole
 * definition.
 *
 * <ul>
 *   <li>Checks report every problem here and carry on; nothing stops at the first problem.
 *   <li>Not thread-safe: one context per validation run.
 * </ul>
 */
final class ValidationContext {
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, Pointer> stateNames = new HashMap<>();
  private final Map<String, Pointer> labels = new HashMap<>();

  void error(String code, String message, Pointer at) {
    diagnostics.add(new Diagnostic(Severity.ERROR, code, message, at.toString()));
  }

  /** Reports a SCHEMA_VALIDATION_FAILED error, the code of most field-level problems. */
  void schema(String message, Pointer at) {
    error(DiagnosticCodes.SCHEMA_VALIDATION_FAILED, message, at);
  }

  void warning(String code, String message, Pointer at) {
    diagnostics.add(new Diagnostic(Severity.WARNING, code, message, at.toString()));
  }

  /** Records a state name; reports DUPLICATE_STATE_NAME if another scope already uses it. */
  void declareState(String name, Pointer at) {
    final Pointer first = stateNames.putIfAbsent(name, at);
    if (first != null) {
      error(
          DiagnosticCodes.DUPLICATE_STATE_NAME,
          "Duplicate State name: \"" + name + "\" (already defined at " + first + ")",
          at);
    }
  }

  /** Records a Map Label; reports DUPLICATE_LABEL_NAME if another Map already uses it. */
  void declareLabel(String label, Pointer at) {
    final Pointer first = labels.putIfAbsent(label, at);
    if (first != null) {
      error(
          DiagnosticCodes.DUPLICATE_LABEL_NAME,
          "Duplicate Label: \"" + label + "\" (already used at " + first + ")",
          at);
    }
  }

  List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}
