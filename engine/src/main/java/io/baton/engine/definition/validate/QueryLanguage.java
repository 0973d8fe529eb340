package io.baton.engine.definition.validate;

import com.fasterxml.jackson.databind.JsonNode;

/** The two query languages of ASL; a state's language decides which fields it may use. */
enum QueryLanguage {
  JSONPATH("JSONPath"),
  JSONATA("JSONata");

  private final String text;

  QueryLanguage(String text) {
    this.text = text;
  }

  String text() {
    return text;
  }

  QueryLanguage other() {
    return this == JSONPATH ? JSONATA : JSONPATH;
  }

  /** The language a QueryLanguage field selects, or {@code fallback} when it is absent or bad. */
  static QueryLanguage of(JsonNode field, QueryLanguage fallback) {
    if (field == null || !field.isTextual()) {
      return fallback;
    }
    if (JSONATA.text.equals(field.textValue())) {
      return JSONATA;
    }
    return JSONPATH.text.equals(field.textValue()) ? JSONPATH : fallback;
  }
}
