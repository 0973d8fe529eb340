package io.baton.engine.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.baton.engine.json.Json;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The array intrinsics: States.Array, ArrayPartition, ArrayContains, ArrayRange, ArrayGetItem,
 * ArrayLength and ArrayUnique.
 *
 * <ul>
 *   <li>Integer arguments (chunk size, range bounds, index) are truncated toward zero, as AWS does.
 *   <li>States.ArrayRange may produce at most {@value #MAX_RANGE_ITEMS} items.
 * </ul>
 */
final class ArrayFunctions {
  static final int MAX_RANGE_ITEMS = 1000;

  private ArrayFunctions() {}

  static JsonNode array(Invocation call) {
    final ArrayNode out = Json.NODES.arrayNode(call.count());
    for (Argument argument : call.args()) {
      out.add(argument.value());
    }
    return out;
  }

  static JsonNode partition(Invocation call) {
    call.requireCount(2);
    final ArrayNode array = call.array(0);
    final long size = call.truncated(1);
    if (size <= 0) {
      throw call.invalid();
    }
    final ArrayNode out = Json.NODES.arrayNode();
    for (long from = 0; from < array.size(); from += size) {
      final ArrayNode chunk = out.addArray();
      for (long i = from; i < Math.min(from + size, array.size()); i++) {
        chunk.add(array.get((int) i));
      }
    }
    return out;
  }

  /** Compares elements as AWS does: by their Java text, see {@link JavaText}. */
  static JsonNode contains(Invocation call) {
    call.requireCount(2);
    final ArrayNode array = call.array(0);
    final String wanted = JavaText.render(call.value(1));
    for (JsonNode element : array) {
      if (JavaText.render(element).equals(wanted)) {
        return Json.NODES.booleanNode(true);
      }
    }
    return Json.NODES.booleanNode(false);
  }

  /** Both ends inclusive; a step pointing away from the end gives an empty array. */
  static JsonNode range(Invocation call) {
    call.requireCount(3);
    final long start = call.truncated(0);
    final long end = call.truncated(1);
    final long step = call.truncated(2);
    if (step == 0) {
      throw call.invalid();
    }
    final long items;
    try {
      final long span = step > 0 ? Math.subtractExact(end, start) : Math.subtractExact(start, end);
      items = span < 0 ? 0 : span / Math.abs(step) + 1;
    } catch (ArithmeticException e) {
      throw call.invalid();
    }
    if (items > MAX_RANGE_ITEMS) {
      throw call.invalid();
    }
    final ArrayNode out = Json.NODES.arrayNode((int) items);
    for (long i = 0; i < items; i++) {
      out.add(Invocation.integer(start + i * step));
    }
    return out;
  }

  /**
   * AWS answers {@code null} for any index into an empty array, and fails otherwise out of range.
   */
  static JsonNode getItem(Invocation call) {
    call.requireCount(2);
    final ArrayNode array = call.array(0);
    final long index = call.truncated(1);
    if (array.isEmpty()) {
      return Json.NODES.nullNode();
    }
    if (index < 0 || index >= array.size()) {
      throw call.invalid();
    }
    return array.get((int) index);
  }

  static JsonNode length(Invocation call) {
    call.requireCount(1);
    return Invocation.integer(call.array(0).size());
  }

  /** Keeps the first occurrence of each value, in order. */
  static JsonNode unique(Invocation call) {
    call.requireCount(1);
    final Set<JsonNode> seen = new LinkedHashSet<>();
    for (JsonNode element : call.array(0)) {
      seen.add(element);
    }
    final ArrayNode out = Json.NODES.arrayNode(seen.size());
    seen.forEach(out::add);
    return out;
  }
}
