package io.baton.engine.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One evaluated argument of an intrinsic call.
 *
 * <ul>
 *   <li>{@code value}: the literal's value, the node a path found or a nested call's result.
 *   <li>{@code literal} and {@code raw}: whether it was written as a literal, and then its source
 *       text (for a string, between the quotes with escapes intact); empty otherwise.
 * </ul>
 */
record Argument(JsonNode value, boolean literal, String raw) {

  static Argument computed(JsonNode value) {
    return new Argument(value, false, "");
  }

  /** Whether the argument is a string literal written in the expression itself. */
  boolean isStringLiteral() {
    return literal && value.isTextual();
  }
}
