package io.baton.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.data.JsonPaths;
import io.baton.engine.data.PathFields;
import io.baton.engine.data.PayloadTemplate;
import io.baton.engine.definition.MapState;
import io.baton.engine.error.ErrorNames;
import io.baton.engine.error.FailureException;
import io.baton.engine.json.Json;
import java.util.Optional;

/** Reads a Map state's items, its numeric settings, and builds each iteration's input. */
final class MapItems {
  static final int UNSET = -1;

  private MapItems() {}

  /** The Map's effective input: InputPath applied (JSONPath) or the raw input (JSONata). */
  static JsonNode mapInput(StateData data, MapState state) {
    if (data.jsonata) {
      return data.frame.stateInput();
    }
    return PathFields.select(
        state.dataFlow().inputPath(), data.frame.stateInput(), data.data(data.frame.stateInput()));
  }

  static JsonNode items(StateData data, MapState state, JsonNode mapInput) {
    if (data.jsonata) {
      if (state.items().isMissingNode()) {
        return requireArray(mapInput);
      }
      final JsonNode items = data.jsonata(state.items(), "Items", data.states(null, null));
      if (!items.isArray()) {
        throw new FailureException(
            ErrorNames.QUERY_EVALUATION_ERROR,
            "The JSONata expression '"
                + inner(state.items())
                + "' specified for the field 'Items' returned an unexpected result type."
                + " Expected 'array', but was '"
                + JsonTypes.name(items)
                + "' for value: "
                + Json.write(items));
      }
      return items;
    }
    if (!state.items().isMissingNode()) {
      return requireArray(PayloadTemplate.evaluate(state.items(), data.data(mapInput)));
    }
    final String path = state.itemsPath().orElse("$");
    final JsonNode items = PathFields.select(Optional.of(path), mapInput, data.data(mapInput));
    return requireArray(items);
  }

  private static JsonNode requireArray(JsonNode items) {
    if (!items.isArray()) {
      throw new FailureException(
          ErrorNames.QUERY_EVALUATION_ERROR,
          "Map state input must be an array but was: " + Json.write(items));
    }
    return items;
  }

  /** An integer setting given as a literal, a Path, or JSONata; {@link #UNSET} when absent. */
  static int integer(StateData data, JsonNode literal, Optional<String> path, String field, JsonNode input) {
    if (!literal.isMissingNode()) {
      if (literal.isTextual()) {
        final JsonNode value = data.jsonata(literal, field, data.states(null, null));
        return value.asInt();
      }
      return literal.asInt();
    }
    if (path.isEmpty()) {
      return UNSET;
    }
    final JsonNode value = integral(JsonPaths.find(path.get(), data.data(input)).orElse(null));
    if (value == null || !value.isIntegralNumber()) {
      final String shown =
          value == null ? "null" : value.isTextual() ? value.asText() : Json.write(value);
      throw new FailureException(
          ErrorNames.RUNTIME,
          "The "
              + field
              + "Path field refers to value \""
              + shown
              + "\" which is not a valid integer: "
              + path.get());
    }
    if (value.asInt() < 0) {
      throw new FailureException(ErrorNames.RUNTIME, field + " cannot be negative.");
    }
    return value.asInt();
  }

  /** AWS accepts an integer given as a string ("1") in the Path forms. */
  private static JsonNode integral(JsonNode value) {
    if (value != null && value.isTextual() && value.asText().matches("-?\\d{1,9}")) {
      return Json.NODES.numberNode(Integer.parseInt(value.asText()));
    }
    return value;
  }

  /** A percentage setting (0–100); {@link #UNSET} when absent. */
  static double percentage(StateData data, MapState state, JsonNode input) {
    final JsonNode literal = state.toleratedFailurePercentage();
    if (!literal.isMissingNode()) {
      if (literal.isTextual()) {
        return data.jsonata(literal, "ToleratedFailurePercentage", data.states(null, null))
            .asDouble();
      }
      return literal.asDouble();
    }
    if (state.toleratedFailurePercentagePath().isEmpty()) {
      return UNSET;
    }
    final String path = state.toleratedFailurePercentagePath().get();
    final JsonNode value = JsonPaths.find(path, data.data(input)).orElse(null);
    if (value == null || !value.isNumber() || value.asDouble() < 0 || value.asDouble() > 100) {
      throw new FailureException(
          ErrorNames.RUNTIME,
          "The ToleratedFailurePercentagePath field refers to value \""
              + (value == null ? "null" : value.isTextual() ? value.asText() : Json.write(value))
              + "\" which is not a valid percentage: "
              + path);
    }
    return value.asDouble();
  }

  /** The input of iteration {@code index}: the item, or ItemSelector applied to it. */
  static JsonNode iterationInput(
      StateData data, MapState state, JsonNode mapInput, int index, JsonNode item) {
    if (state.itemSelector().isMissingNode()) {
      return item;
    }
    final ObjectNode context = ContextObject.withMapItem(Json.object().setAll(data.context()), index, item);
    if (data.jsonata) {
      final ObjectNode states = data.states(null, null);
      states.set("context", context);
      return io.baton.engine.data.jsonata.JsonataTemplate.evaluate(
          state.itemSelector(),
          "ItemSelector",
          new io.baton.engine.data.DataContext(
              data.frame.stateInput(), context, data.frame.variables(), data.decider.ids, data.decider.now),
          states);
    }
    return PayloadTemplate.evaluate(
        state.itemSelector(),
        new io.baton.engine.data.DataContext(
            mapInput, context, data.frame.variables(), data.decider.ids, data.decider.now));
  }

  private static String inner(JsonNode template) {
    final String text = template.asText().trim();
    return text.startsWith("{%") && text.endsWith("%}")
        ? text.substring(2, text.length() - 2).trim()
        : text;
  }
}
