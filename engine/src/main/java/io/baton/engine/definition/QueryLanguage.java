package io.baton.engine.definition;

/** The language a state's expressions are written in: JSONPath (the default) or JSONata. */
public enum QueryLanguage {
  JSONPATH,
  JSONATA;

  /** Parses the ASL spelling ("JSONPath", "JSONata"). */
  public static QueryLanguage fromAsl(String text) {
    if ("JSONata".equals(text)) {
      return JSONATA;
    }
    if ("JSONPath".equals(text)) {
      return JSONPATH;
    }
    throw new IllegalArgumentException("QueryLanguage must be 'JSONPath' or 'JSONata': " + text);
  }
}
