package io.baton.engine.data.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.json.Json;

/**
 * Builds the {@code $states} value a JSONata expression sees.
 *
 * <ul>
 *   <li>{@code input} (the state's input) and {@code context} (the context object) are always
 *       present; {@code result} only where a state has produced one ({@code Output} and {@code
 *       Assign} of Task, Map and Parallel), {@code errorOutput} only in a {@code Catch}.
 *   <li>Returns new nodes and never changes the ones it is given.
 * </ul>
 */
public final class StatesVariable {
  private StatesVariable() {}

  /** {@code {"input": input, "context": context}}. */
  public static ObjectNode of(JsonNode input, JsonNode context) {
    final ObjectNode states = Json.object();
    states.set("input", input);
    states.set("context", context);
    return states;
  }

  /** The same {@code $states} with {@code result} set. */
  public static ObjectNode withResult(JsonNode states, JsonNode result) {
    return with(states, "result", result);
  }

  /** The same {@code $states} with {@code errorOutput} set. */
  public static ObjectNode withErrorOutput(JsonNode states, JsonNode errorOutput) {
    return with(states, "errorOutput", errorOutput);
  }

  private static ObjectNode with(JsonNode states, String name, JsonNode value) {
    final ObjectNode copy = Json.object();
    copy.setAll((ObjectNode) states);
    copy.set(name, value);
    return copy;
  }
}
