package io.baton.engine.data.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.data.DataContext;

/** Placeholder until JSONata lands. */
public final class JsonataTemplate {
  private JsonataTemplate() {}

  public static boolean isExpression(String s) {
    return s.startsWith("{%") && s.endsWith("%}");
  }

  public static JsonNode evaluate(
      JsonNode template, String fieldName, DataContext ctx, JsonNode states) {
    throw new UnsupportedOperationException(fieldName);
  }
}
