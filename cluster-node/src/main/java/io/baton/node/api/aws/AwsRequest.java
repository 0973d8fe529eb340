package io.baton.node.api.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.json.Json;
import io.baton.node.api.aws.Shapes.StringShape;
import io.baton.node.service.ServiceModel.Tag;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JSON body of one request, read member by member the way AWS's protocol layer reads it.
 *
 * <ul>
 *   <li>A member of the wrong JSON type fails at once with {@code SerializationException}.
 *   <li>Constraint violations (missing required members, lengths, ranges, enums) are collected, and
 *       {@link #done()} throws them together as one {@code ValidationException}, as AWS does.
 *   <li>JSON {@code null} counts as absent; unknown members are ignored.
 * </ul>
 */
final class AwsRequest {
  private final ObjectNode body;
  private final String prefix;
  private final List<String> violations;

  private AwsRequest(ObjectNode body, String prefix, List<String> violations) {
    this.body = body;
    this.prefix = prefix;
    this.violations = violations;
  }

  /** Parses a request body; an empty body is an empty object, as AWS reads it. */
  static AwsRequest parse(byte[] bytes) {
    if (bytes.length == 0) {
      return new AwsRequest(Json.object(), "", new ArrayList<>());
    }
    final JsonNode node;
    try {
      node = Json.MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw AwsError.serialization(
          "Expected the request body to be a JSON object, but it is not valid JSON: "
              + e.getOriginalMessage());
    } catch (IOException e) {
      throw AwsError.serialization("Expected a readable JSON request body: " + e.getMessage());
    }
    if (node == null || !node.isObject()) {
      throw AwsError.serialization(
          "Expected the request body to be a JSON object, but it is "
              + (node == null ? "empty" : node.getNodeType().toString().toLowerCase()));
    }
    return new AwsRequest((ObjectNode) node, "", new ArrayList<>());
  }

  String required(String field, StringShape shape) {
    return string(body.get(field), prefix + field, shape, true).orElse("");
  }

  Optional<String> optional(String field, StringShape shape) {
    return string(body.get(field), prefix + field, shape, false);
  }

  /** A string member that must match {@code \p{ASCII}*}, such as {@code traceHeader}. */
  Optional<String> optionalAscii(String field, StringShape shape) {
    final Optional<String> value = optional(field, shape);
    if (value.isPresent() && !value.get().chars().allMatch(c -> c < 0x80)) {
      violate(
          prefix + field,
          "'" + value.get() + "'",
          "Member must satisfy regular expression pattern: \\p{ASCII}*");
    }
    return value;
  }

  /** An integer member within {@code [min, max]}. */
  Optional<Integer> optionalInt(String field, int min, int max) {
    final JsonNode node = present(body.get(field));
    if (node == null) {
      return Optional.empty();
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw AwsError.serialization(mismatch(node, prefix + field, "an Integer"));
    }
    final int value = node.intValue();
    if (value < min) {
      violate(
          prefix + field,
          "'" + value + "'",
          "Member must have value greater than or equal to " + min);
    } else if (value > max) {
      violate(
          prefix + field, "'" + value + "'", "Member must have value less than or equal to " + max);
    }
    return Optional.of(value);
  }

  /** A page size ({@code maxResults}): 0 or absent means {@code whenZero}. */
  int pageSize(String field, int max, int whenZero) {
    final int size = optionalInt(field, 0, max).orElse(0);
    return size == 0 ? whenZero : size;
  }

  boolean bool(String field, boolean absent) {
    final JsonNode node = present(body.get(field));
    if (node == null) {
      return absent;
    }
    if (!node.isBoolean()) {
      throw AwsError.serialization(mismatch(node, prefix + field, "a Boolean"));
    }
    return node.booleanValue();
  }

  Optional<String> optionalEnum(String field, List<String> values) {
    final Optional<String> value = string(body.get(field), prefix + field, null, false);
    if (value.isPresent() && !values.contains(value.get())) {
      violate(
          prefix + field,
          "'" + value.get() + "'",
          "Member must satisfy enum value set: [" + String.join(", ", values) + "]");
    }
    return value;
  }

  /** A structure member, read like the request itself; its violations are reported by this one. */
  Optional<AwsRequest> structure(String field) {
    final JsonNode node = present(body.get(field));
    if (node == null) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      throw AwsError.serialization(mismatch(node, prefix + field, "a Structure"));
    }
    return Optional.of(new AwsRequest((ObjectNode) node, prefix + field + ".", violations));
  }

  /** A {@code TagList}: objects with {@code key} (1–128) and {@code value} (0–256). */
  List<Tag> tags(String field, boolean required) {
    final List<Tag> tags = new ArrayList<>();
    final List<JsonNode> items = list(field, required);
    for (int i = 0; i < items.size(); i++) {
      final JsonNode item = items.get(i);
      final String path = prefix + field + "." + (i + 1) + ".member";
      if (!item.isObject()) {
        throw AwsError.serialization(mismatch(item, path, "a Structure"));
      }
      final Optional<String> key = string(item.get("key"), path + ".key", Shapes.TAG_KEY, false);
      final Optional<String> value =
          string(item.get("value"), path + ".value", Shapes.TAG_VALUE, false);
      tags.add(new Tag(key.orElse(""), value.orElse("")));
    }
    return tags;
  }

  /** A list of strings, such as {@code tagKeys}. */
  List<String> strings(String field, StringShape member, boolean required) {
    final List<String> values = new ArrayList<>();
    final List<JsonNode> items = list(field, required);
    for (int i = 0; i < items.size(); i++) {
      final String path = prefix + field + "." + (i + 1) + ".member";
      string(items.get(i), path, member, false).ifPresent(values::add);
    }
    return values;
  }

  /** Throws the collected constraint violations, if any. */
  void done() {
    if (!violations.isEmpty()) {
      throw AwsError.validation(violations);
    }
  }

  private List<JsonNode> list(String field, boolean required) {
    final JsonNode node = present(body.get(field));
    if (node == null) {
      if (required) {
        violate(prefix + field, null, "Member must not be null");
      }
      return List.of();
    }
    if (!node.isArray()) {
      throw AwsError.serialization(mismatch(node, prefix + field, "a List"));
    }
    final List<JsonNode> items = new ArrayList<>();
    node.forEach(items::add);
    return items;
  }

  private Optional<String> string(JsonNode raw, String path, StringShape shape, boolean required) {
    final JsonNode node = present(raw);
    if (node == null) {
      if (required) {
        violate(path, null, "Member must not be null");
      }
      return Optional.empty();
    }
    if (!node.isTextual()) {
      throw AwsError.serialization(mismatch(node, path, "a String"));
    }
    final String value = node.textValue();
    if (shape != null) {
      final int length = value.codePointCount(0, value.length());
      final String shown = shape.sensitive() ? "" : "'" + value + "'";
      if (length < shape.min()) {
        violate(path, shown, "Member must have length greater than or equal to " + shape.min());
      } else if (length > shape.max()) {
        violate(path, shown, "Member must have length less than or equal to " + shape.max());
      }
    }
    return Optional.of(value);
  }

  /**
   * Records a violation in AWS's words. Sensitive values are not repeated: AWS writes {@code Value
   * at 'input'} for them, and {@code Value null at ...} for a missing member.
   */
  private void violate(String path, String shownValue, String constraint) {
    final String value =
        shownValue == null ? "Value null" : shownValue.isEmpty() ? "Value" : "Value " + shownValue;
    violations.add(value + " at '" + path + "' failed to satisfy constraint: " + constraint);
  }

  private static JsonNode present(JsonNode node) {
    return node == null || node.isNull() ? null : node;
  }

  private static String mismatch(JsonNode node, String path, String expected) {
    final String found;
    if (node.isObject()) {
      found = "Start of structure or map";
    } else if (node.isArray()) {
      found = "Start of list";
    } else if (node.isTextual()) {
      found = "STRING_VALUE";
    } else if (node.isNumber()) {
      found = "NUMBER_VALUE";
    } else if (node.isBoolean()) {
      found = "BOOLEAN_VALUE";
    } else {
      found = node.getNodeType().toString();
    }
    return found + " can not be converted to " + expected + " at '" + path + "'";
  }
}
