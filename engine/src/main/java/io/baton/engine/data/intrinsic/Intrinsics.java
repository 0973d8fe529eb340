package io.baton.engine.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.data.DataContext;

/** Placeholder until the intrinsic functions land. */
public final class Intrinsics {
  private Intrinsics() {}

  public static boolean isIntrinsic(String s) {
    return s.startsWith("States.");
  }

  public static JsonNode evaluate(String expression, DataContext ctx) {
    throw new UnsupportedOperationException(expression);
  }
}
