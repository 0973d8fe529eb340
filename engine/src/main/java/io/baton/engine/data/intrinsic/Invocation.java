package io.baton.engine.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.IdSource;
import io.baton.engine.data.DataContext;
import io.baton.engine.json.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A call of one intrinsic function with its evaluated arguments, plus the argument checks every
 * function shares.
 *
 * <ul>
 *   <li>Every failed check throws {@link IntrinsicException} with AWS's message {@code Invalid
 *       arguments in <function>}.
 *   <li>Numbers are cut to integers the way AWS does: {@link #truncated} drops the fraction (most
 *       functions), {@link #rounded} rounds half up (States.MathAdd).
 * </ul>
 */
record Invocation(String name, List<Argument> args, DataContext ctx) {
  Invocation {
    args = List.copyOf(args);
  }

  IdSource ids() {
    return ctx.ids();
  }

  int count() {
    return args.size();
  }

  JsonNode value(int index) {
    return args.get(index).value();
  }

  Argument argument(int index) {
    return args.get(index);
  }

  void requireCount(int expected) {
    requireCount(expected, expected);
  }

  void requireCount(int min, int max) {
    if (args.size() < min || args.size() > max) {
      throw invalid();
    }
  }

  ArrayNode array(int index) {
    final JsonNode value = value(index);
    if (!value.isArray()) {
      throw invalid();
    }
    return (ArrayNode) value;
  }

  ObjectNode object(int index) {
    final JsonNode value = value(index);
    if (!value.isObject()) {
      throw invalid();
    }
    return (ObjectNode) value;
  }

  String string(int index) {
    final JsonNode value = value(index);
    if (!value.isTextual()) {
      throw invalid();
    }
    return value.textValue();
  }

  /** A string of at most {@code maxLength} UTF-16 characters, as AWS counts them. */
  String string(int index, int maxLength) {
    final String value = string(index);
    if (value.length() > maxLength) {
      throw invalid();
    }
    return value;
  }

  BigDecimal number(int index) {
    final JsonNode value = value(index);
    if (!value.isNumber()) {
      throw invalid();
    }
    return value.decimalValue();
  }

  /** The number with its fraction dropped (toward zero), as AWS reads most integer arguments. */
  long truncated(int index) {
    return exactLong(number(index).setScale(0, RoundingMode.DOWN));
  }

  /** The number rounded half up ({@code floor(x + 0.5)}), as Java's {@code Math.round} does. */
  long rounded(int index) {
    return exactLong(number(index).add(new BigDecimal("0.5")).setScale(0, RoundingMode.FLOOR));
  }

  private long exactLong(BigDecimal integral) {
    try {
      return integral.longValueExact();
    } catch (ArithmeticException e) {
      throw invalid();
    }
  }

  IntrinsicException invalid() {
    return new IntrinsicException("Invalid arguments in " + name);
  }

  /** An integer node that stays an int when it fits, so results print without a fraction. */
  static JsonNode integer(long value) {
    if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
      return Json.NODES.numberNode((int) value);
    }
    return Json.NODES.numberNode(value);
  }
}
