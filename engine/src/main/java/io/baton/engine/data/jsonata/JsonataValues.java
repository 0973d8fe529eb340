package io.baton.engine.data.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.json.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between Jackson trees and the plain Java values the JSONata library works on.
 *
 * <ul>
 *   <li>JSONata has one number type, so integral numbers become {@code Integer} or {@code Long} and
 *       everything else a {@code Double}; an integral double comes back as an integer node ({@code
 *       3}, never {@code 3.0}), and {@code -0} comes back as {@code 0}.
 *   <li>An integer that does not fit in a {@code long} becomes a {@code Double}, as it would in
 *       JavaScript; a {@code long} stays exact.
 *   <li>JSON {@code null} is the library's {@link Jsonata#NULL_VALUE} going in; a Java {@code null}
 *       going in or out means JSONata's undefined.
 *   <li>A non-finite number comes back as the string JavaScript names it by ({@code "Infinity"},
 *       {@code "NaN"}), which is how AWS writes it.
 * </ul>
 */
final class JsonataValues {
  private static final double LONG_BOUND = 9.223372036854775807E18;
  private static final double PLAIN_BOUND = 1e21;

  private JsonataValues() {}

  /** The JSONata value of a JSON node; a missing node is undefined ({@code null}). */
  static Object toJava(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return null;
    }
    if (node.isObject()) {
      final var map = new LinkedHashMap<String, Object>();
      node.fields().forEachRemaining(e -> map.put(e.getKey(), toJava(e.getValue())));
      return map;
    }
    if (node.isArray()) {
      final var list = new ArrayList<Object>(node.size());
      node.forEach(item -> list.add(toJava(item)));
      return list;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNumber()) {
      return number(node);
    }
    if (node.isNull()) {
      return Jsonata.NULL_VALUE;
    }
    return node.asText();
  }

  private static Object number(JsonNode node) {
    if (node.isInt() || node.isShort()) {
      return node.intValue();
    }
    if (node.isLong()) {
      return narrow(node.longValue());
    }
    if (node.isBigInteger()) {
      final BigInteger big = node.bigIntegerValue();
      return big.bitLength() < 64 ? narrow(big.longValue()) : big.doubleValue();
    }
    return normalize(node.doubleValue());
  }

  /** A double as JSONata sees it: integral values within {@code long} range become integers. */
  static Object normalize(double value) {
    if (Double.isFinite(value) && value == Math.rint(value) && Math.abs(value) < LONG_BOUND) {
      return narrow((long) value);
    }
    return value;
  }

  private static Object narrow(long value) {
    // Not a conditional expression: that would unbox both sides and widen the Integer to Long.
    if (value == (int) value) {
      return Integer.valueOf((int) value);
    }
    return Long.valueOf(value);
  }

  /** The JSON node of a JSONata value; undefined ({@code null}) is a missing node. */
  static JsonNode toJson(Object value) {
    return value == null ? MissingNode.getInstance() : nested(value);
  }

  /** Whether a result can be written as JSON at all (functions and regexes cannot). */
  static boolean isJson(Object value) {
    return value == null
        || value == Jsonata.NULL_VALUE
        || value instanceof Map
        || value instanceof List
        || value instanceof String
        || value instanceof Number
        || value instanceof Boolean;
  }

  private static JsonNode nested(Object value) {
    if (value == null || value == Jsonata.NULL_VALUE) {
      return Json.NODES.nullNode();
    }
    if (value instanceof Map<?, ?> map) {
      return object(map);
    }
    if (value instanceof List<?> list) {
      return array(list);
    }
    if (value instanceof String text) {
      return Json.NODES.textNode(text);
    }
    if (value instanceof Boolean bool) {
      return Json.NODES.booleanNode(bool);
    }
    if (value instanceof Number number) {
      return number(number);
    }
    return Json.NODES.nullNode();
  }

  // Mirrors JSON.stringify: a function inside an object is dropped, inside an array it is null.
  private static ObjectNode object(Map<?, ?> map) {
    final ObjectNode object = Json.object();
    map.forEach(
        (key, item) -> {
          if (isJson(item)) {
            object.set(String.valueOf(key), nested(item));
          }
        });
    return object;
  }

  private static ArrayNode array(List<?> list) {
    final ArrayNode array = Json.NODES.arrayNode(list.size());
    list.forEach(item -> array.add(isJson(item) ? nested(item) : Json.NODES.nullNode()));
    return array;
  }

  private static JsonNode number(Number number) {
    if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
      return Json.NODES.numberNode(number.intValue());
    }
    if (number instanceof Long value) {
      return value == value.intValue()
          ? Json.NODES.numberNode(value.intValue())
          : Json.NODES.numberNode(value.longValue());
    }
    if (number instanceof BigInteger big) {
      return big.bitLength() < 64 ? number(big.longValue()) : Json.NODES.numberNode(big);
    }
    return decimal(number.doubleValue());
  }

  private static JsonNode decimal(double value) {
    if (Double.isNaN(value)) {
      return Json.NODES.textNode("NaN");
    }
    if (Double.isInfinite(value)) {
      return Json.NODES.textNode(value > 0 ? "Infinity" : "-Infinity");
    }
    if (value == Math.rint(value) && Math.abs(value) < PLAIN_BOUND) {
      return Math.abs(value) < LONG_BOUND
          ? number((long) value)
          : Json.NODES.numberNode(BigDecimal.valueOf(value).toBigInteger());
    }
    return Json.NODES.numberNode(BigDecimal.valueOf(value));
  }
}
