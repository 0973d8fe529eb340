package io.baton.engine.data.intrinsic;

import java.util.Map;
import java.util.Optional;

/**
 * The 18 {@code States.*} intrinsic functions by name.
 *
 * <ul>
 *   <li>The one place to register a function; the parser accepts exactly these names.
 * </ul>
 */
final class Functions {
  private static final Map<String, IntrinsicFunction> ALL =
      Map.ofEntries(
          Map.entry("States.Format", FormatFunction::format),
          Map.entry("States.StringToJson", JsonFunctions::stringToJson),
          Map.entry("States.JsonToString", JsonFunctions::jsonToString),
          Map.entry("States.Array", ArrayFunctions::array),
          Map.entry("States.ArrayPartition", ArrayFunctions::partition),
          Map.entry("States.ArrayContains", ArrayFunctions::contains),
          Map.entry("States.ArrayRange", ArrayFunctions::range),
          Map.entry("States.ArrayGetItem", ArrayFunctions::getItem),
          Map.entry("States.ArrayLength", ArrayFunctions::length),
          Map.entry("States.ArrayUnique", ArrayFunctions::unique),
          Map.entry("States.Base64Encode", EncodingFunctions::base64Encode),
          Map.entry("States.Base64Decode", EncodingFunctions::base64Decode),
          Map.entry("States.Hash", EncodingFunctions::hash),
          Map.entry("States.JsonMerge", JsonFunctions::merge),
          Map.entry("States.MathRandom", MathFunctions::random),
          Map.entry("States.MathAdd", MathFunctions::add),
          Map.entry("States.StringSplit", StringFunctions::split),
          Map.entry("States.UUID", StringFunctions::uuid));

  private Functions() {}

  static boolean isKnown(String name) {
    return ALL.containsKey(name);
  }

  static Optional<IntrinsicFunction> find(String name) {
    return Optional.ofNullable(ALL.get(name));
  }
}
