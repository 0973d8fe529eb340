package io.baton.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.data.DataContext;

/** Evaluates a JSONPath-mode Choice rule. */
final class ChoiceRules {
  private ChoiceRules() {}

  static boolean matches(JsonNode rule, DataContext ctx) {
    throw new UnsupportedOperationException("choice rules");
  }
}
