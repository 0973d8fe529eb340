package io.baton.engine.data.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.data.DataContext;

/** Placeholder until JSONata lands. */
public final class JsonataEvaluator {
  private JsonataEvaluator() {}

  public static JsonNode evaluate(String expression, DataContext ctx, JsonNode states) {
    throw new UnsupportedOperationException(expression);
  }
}
