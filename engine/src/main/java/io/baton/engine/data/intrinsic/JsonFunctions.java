package io.baton.engine.data.intrinsic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.json.Json;

/**
 * The JSON intrinsics: States.StringToJson, States.JsonToString and States.JsonMerge.
 *
 * <ul>
 *   <li>States.StringToJson returns {@code null} for an empty or blank string, as AWS does.
 *   <li>States.JsonToString writes compact JSON ({@code {"a":1,"b":[]}}).
 *   <li>States.JsonMerge is shallow only: its third argument must be the boolean {@code false}.
 * </ul>
 */
final class JsonFunctions {
  private JsonFunctions() {}

  static JsonNode stringToJson(Invocation call) {
    call.requireCount(1);
    final String text = call.string(0);
    if (text.isBlank()) {
      return Json.NODES.nullNode();
    }
    try {
      return Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw call.invalid();
    }
  }

  static JsonNode jsonToString(Invocation call) {
    call.requireCount(1);
    return Json.NODES.textNode(Json.write(call.value(0)));
  }

  /** Keys of the second object replace those of the first; nested objects are not merged. */
  static JsonNode merge(Invocation call) {
    call.requireCount(3);
    final ObjectNode first = call.object(0);
    final ObjectNode second = call.object(1);
    final JsonNode deep = call.value(2);
    if (!deep.isBoolean() || deep.booleanValue()) {
      throw call.invalid();
    }
    final ObjectNode out = Json.object();
    out.setAll(first);
    out.setAll(second);
    return out;
  }
}
