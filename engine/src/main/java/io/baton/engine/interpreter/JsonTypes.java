package io.baton.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON type names AWS uses in its messages. */
final class JsonTypes {
  private JsonTypes() {}

  static String name(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "undefined";
    }
    if (value.isNull()) {
      return "null";
    }
    if (value.isBoolean()) {
      return "boolean";
    }
    if (value.isNumber()) {
      return "number";
    }
    if (value.isTextual()) {
      return "string";
    }
    if (value.isArray()) {
      return "array";
    }
    return "object";
  }
}
