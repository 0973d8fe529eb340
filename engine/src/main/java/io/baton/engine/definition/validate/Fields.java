package io.baton.engine.definition.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Field-level checks on one JSON object of the definition: presence, exclusivity, types, ranges and
 * enumerations.
 *
 * <ul>
 *   <li>Every check reports into the {@link ValidationContext} and never throws, whatever the shape
 *       of the object (it may even be a non-object, which then simply has no fields).
 *   <li>Typed getters return empty when the field is absent or has the wrong type; a wrong type is
 *       reported once, by the getter.
 * </ul>
 */
final class Fields {
  final ValidationContext ctx;
  final JsonNode node;
  final Pointer at;

  Fields(ValidationContext ctx, JsonNode node, Pointer at) {
    this.ctx = ctx;
    this.node = node;
    this.at = at;
  }

  /** The field's value, or null when absent (or when this is not an object). */
  JsonNode get(String field) {
    return node.isObject() ? node.get(field) : null;
  }

  boolean has(String field) {
    return get(field) != null;
  }

  Pointer at(String field) {
    return at.field(field);
  }

  /** The field names of the object, in document order. */
  List<String> names() {
    final List<String> names = new ArrayList<>();
    if (node.isObject()) {
      final Iterator<String> it = node.fieldNames();
      it.forEachRemaining(names::add);
    }
    return names;
  }

  /** Reports each field outside {@code allowed}, located at the object as AWS does. */
  void allowOnly(Set<String> allowed) {
    for (String name : names()) {
      if (!allowed.contains(name)) {
        ctx.schema("Field '" + name + "' is not supported", at);
      }
    }
  }

  /** Reports the required fields that are missing, in one diagnostic. */
  void require(String... fields) {
    final List<String> missing = new ArrayList<>();
    for (String field : fields) {
      if (!has(field)) {
        missing.add(field);
      }
    }
    if (!missing.isEmpty()) {
      ctx.schema("These fields are required: " + missing, at);
    }
  }

  /** Reports when more than one of {@code fields} is present; returns whether at most one is. */
  boolean atMostOne(String... fields) {
    int present = 0;
    for (String field : fields) {
      present += has(field) ? 1 : 0;
    }
    if (present > 1) {
      ctx.schema("There should only be one of the following fields: " + List.of(fields), at);
    }
    return present <= 1;
  }

  /** Reports unless exactly one of {@code fields} is present. */
  void exactlyOne(String... fields) {
    if (atMostOne(fields) && List.of(fields).stream().noneMatch(this::has)) {
      ctx.schema("Exactly one of these fields is required: " + List.of(fields), at);
    }
  }

  Optional<String> string(String field) {
    final JsonNode value = get(field);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      wrongType(field, "STRING");
      return Optional.empty();
    }
    return Optional.of(value.textValue());
  }

  Optional<Boolean> bool(String field) {
    final JsonNode value = get(field);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isBoolean()) {
      wrongType(field, "BOOLEAN");
      return Optional.empty();
    }
    return Optional.of(value.booleanValue());
  }

  boolean object(String field) {
    return typed(field, get(field) != null && get(field).isObject(), "OBJECT");
  }

  boolean array(String field) {
    return typed(field, get(field) != null && get(field).isArray(), "ARRAY");
  }

  /** An integer field within [min, max]; reports wrong types and values out of range. */
  Optional<BigDecimal> integer(String field, long min, long max) {
    final JsonNode value = get(field);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isIntegralNumber()) {
      wrongType(field, "INTEGER");
      return Optional.empty();
    }
    return inRange(field, value.decimalValue(), BigDecimal.valueOf(min), BigDecimal.valueOf(max));
  }

  /** A number field within [min, max]; either bound may be null for none. */
  Optional<BigDecimal> number(String field, BigDecimal min, BigDecimal max) {
    final JsonNode value = get(field);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isNumber()) {
      wrongType(field, "NUMBER");
      return Optional.empty();
    }
    return inRange(field, value.decimalValue(), min, max);
  }

  /** A string field whose value must be one of {@code values}. */
  void oneOf(String field, List<String> values) {
    final Optional<String> value = string(field);
    if (value.isPresent() && !values.contains(value.get())) {
      ctx.schema("The field '" + field + "' should have one of these values: " + values, at(field));
    }
  }

  /** An integer within [min, max], or in JSONata states also a {@code {% … %}} expression. */
  Optional<BigDecimal> integerOrExpression(
      String field, long min, long max, QueryLanguage language) {
    if (language == QueryLanguage.JSONATA && isExpression(get(field))) {
      return Optional.empty();
    }
    return integer(field, min, max);
  }

  /** A number within [min, max], or in JSONata states also a {@code {% … %}} expression. */
  Optional<BigDecimal> numberOrExpression(
      String field, BigDecimal min, BigDecimal max, QueryLanguage language) {
    if (language == QueryLanguage.JSONATA && isExpression(get(field))) {
      return Optional.empty();
    }
    return number(field, min, max);
  }

  /** Whether {@code value} is a JSONata expression string: {@code "{% … %}"}. */
  static boolean isExpression(JsonNode value) {
    if (value == null || !value.isTextual()) {
      return false;
    }
    final String text = value.textValue();
    return text.length() >= 4 && text.startsWith("{%") && text.endsWith("%}");
  }

  /**
   * Whether {@code field} is present and usable in {@code language}; reports it when it is only
   * supported in the other query language ({@code only}).
   */
  boolean usableIn(String field, QueryLanguage only, QueryLanguage language) {
    if (!has(field) || only == language) {
      return has(field);
    }
    ctx.schema(
        "The QueryLanguage is set to '"
            + language.text()
            + "', but field '"
            + field
            + "' is only supported for the '"
            + only.text()
            + "' QueryLanguage",
        at);
    return false;
  }

  void wrongType(String field, String type) {
    ctx.schema("The value for the field '" + field + "' must be of type " + type, at(field));
  }

  private boolean typed(String field, boolean ok, String type) {
    if (has(field) && !ok) {
      wrongType(field, type);
    }
    return ok;
  }

  private Optional<BigDecimal> inRange(
      String field, BigDecimal value, BigDecimal min, BigDecimal max) {
    if (min != null && value.compareTo(min) < 0) {
      ctx.schema(
          "The value for the field '" + field + "' must be at least " + min.toPlainString(),
          at(field));
      return Optional.empty();
    }
    if (max != null && value.compareTo(max) > 0) {
      ctx.schema(
          "The value for the field '" + field + "' must be at most " + max.toPlainString(),
          at(field));
      return Optional.empty();
    }
    return Optional.of(value);
  }
}
