package io.baton.engine.definition.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the Map fields that configure a Distributed Map: ItemReader, ResultWriter, ItemBatcher and
 * Label.
 *
 * <ul>
 *   <li>ItemReader needs a Resource; its ReaderConfig values come from fixed enumerations, and
 *       CSVHeaders are required when CSVHeaderLocation is GIVEN.
 *   <li>ResultWriter has a WriterConfig, or a Resource with Parameters (Arguments), or all three.
 *   <li>Labels are at most 40 characters, have no whitespace or special characters and are unique
 *       in the state machine.
 * </ul>
 */
final class DistributedMapChecks {
  private static final int MAX_LABEL_LENGTH = 40;
  private static final Pattern LABEL_FORBIDDEN =
      Pattern.compile("[\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\p{Cntrl}]");
  private static final long MAX_ITEMS = 100_000_000L;
  private static final long MAX_BATCH_BYTES = 262_144L;

  private DistributedMapChecks() {}

  static void check(StateContext state, Fields map) {
    if (state.has("ItemReader")) {
      final Fields reader = child(state, map, "ItemReader");
      if (reader != null) {
        itemReader(state, reader);
      }
    }
    if (state.has("ResultWriter")) {
      final Fields writer = child(state, map, "ResultWriter");
      if (writer != null) {
        resultWriter(state, writer);
      }
    }
    if (state.has("ItemBatcher")) {
      final Fields batcher = child(state, map, "ItemBatcher");
      if (batcher != null) {
        itemBatcher(state, batcher);
      }
    }
    map.string("Label").ifPresent(label -> label(state, label, map.at("Label")));
  }

  private static void itemReader(StateContext state, Fields reader) {
    reader.allowOnly(Set.of("Resource", "Parameters", "Arguments", "ReaderConfig"));
    reader.require("Resource");
    resourceAndArguments(state, reader);
    final Fields config = child(state, reader, "ReaderConfig");
    if (config == null) {
      return;
    }
    config.allowOnly(
        Set.of(
            "InputType",
            "CSVHeaderLocation",
            "CSVHeaders",
            "CSVDelimiter",
            "MaxItems",
            "MaxItemsPath",
            "Transformation",
            "ManifestType",
            "ItemsPointer"));
    config.oneOf("InputType", List.of("CSV", "JSON", "JSONL", "PARQUET", "MANIFEST"));
    config.oneOf("CSVHeaderLocation", List.of("FIRST_ROW", "GIVEN"));
    config.oneOf("CSVDelimiter", List.of("COMMA", "PIPE", "SEMICOLON", "SPACE", "TAB"));
    config.oneOf("Transformation", List.of("NONE", "LOAD_AND_FLATTEN"));
    config.oneOf("ManifestType", List.of("ATHENA_DATA", "S3_INVENTORY"));
    config.string("ItemsPointer");
    if (config.array("CSVHeaders")) {
      final JsonNode headers = config.get("CSVHeaders");
      for (int i = 0; i < headers.size(); i++) {
        if (!headers.get(i).isTextual()) {
          state.ctx().schema("Each CSV header must be a STRING", config.at("CSVHeaders").index(i));
        }
      }
    }
    if ("GIVEN".equals(config.node.path("CSVHeaderLocation").asText())) {
      config.require("CSVHeaders");
    }
    numberAndPath(state, config, "MaxItems", MAX_ITEMS);
  }

  private static void resultWriter(StateContext state, Fields writer) {
    writer.allowOnly(Set.of("Resource", "Parameters", "Arguments", "WriterConfig"));
    final boolean arguments = writer.has("Parameters") || writer.has("Arguments");
    if (!writer.has("WriterConfig") && !writer.has("Resource")) {
      writer.ctx.schema(
          "Exactly one of these fields is required: [Resource, WriterConfig]", writer.at);
    } else if (writer.has("Resource") != arguments) {
      writer.ctx.schema(
          "The fields 'Resource' and '"
              + (state.jsonPath() ? "Parameters" : "Arguments")
              + "' of 'ResultWriter' must be used together",
          writer.at);
    }
    resourceAndArguments(state, writer);
    final Fields config = child(state, writer, "WriterConfig");
    if (config != null) {
      config.allowOnly(Set.of("OutputType", "Transformation"));
      config.oneOf("OutputType", List.of("JSON", "JSONL"));
      config.oneOf("Transformation", List.of("NONE", "COMPACT", "FLATTEN"));
    }
  }

  private static void itemBatcher(StateContext state, Fields batcher) {
    batcher.allowOnly(
        Set.of(
            "MaxItemsPerBatch",
            "MaxItemsPerBatchPath",
            "MaxInputBytesPerBatch",
            "MaxInputBytesPerBatchPath",
            "BatchInput"));
    numberAndPath(state, batcher, "MaxItemsPerBatch", Long.MAX_VALUE);
    numberAndPath(state, batcher, "MaxInputBytesPerBatch", MAX_BATCH_BYTES);
    if (state.jsonPath() && batcher.has("BatchInput") && batcher.object("BatchInput")) {
      PayloadTemplate.check(state.ctx(), batcher.get("BatchInput"), batcher.at("BatchInput"));
    }
  }

  private static void resourceAndArguments(StateContext state, Fields fields) {
    fields
        .string("Resource")
        .filter(resource -> !resource.startsWith("arn:"))
        .ifPresent(
            resource ->
                fields.ctx.error(
                    DiagnosticCodes.INVALID_RESOURCE,
                    "The value for the field 'Resource' must be an ARN, but was '" + resource + "'",
                    fields.at("Resource")));
    if (fields.usableIn("Parameters", QueryLanguage.JSONPATH, state.language())
        && fields.object("Parameters")) {
      PayloadTemplate.check(state.ctx(), fields.get("Parameters"), fields.at("Parameters"));
    }
    fields.usableIn("Arguments", QueryLanguage.JSONATA, state.language());
  }

  /** An integer field and its Path form (JSONPath only, a reference path); at most one. */
  private static void numberAndPath(StateContext state, Fields fields, String field, long max) {
    fields.atMostOne(field, field + "Path");
    fields.integerOrExpression(field, 0, max, state.language());
    if (fields.usableIn(field + "Path", QueryLanguage.JSONPATH, state.language())) {
      PathChecks.referencePath(fields, field + "Path", false, PathChecks.INPUT_OR_VARIABLE);
    }
  }

  private static void label(StateContext state, String label, Pointer at) {
    if (label.isEmpty()
        || label.length() > MAX_LABEL_LENGTH
        || LABEL_FORBIDDEN.matcher(label).find()) {
      state
          .ctx()
          .error(
              DiagnosticCodes.INVALID_LABEL_NAME,
              "Label \""
                  + label
                  + "\" must be 1 to "
                  + MAX_LABEL_LENGTH
                  + " characters long without whitespace or special characters",
              at);
    }
    state.ctx().declareLabel(label, at);
  }

  /** The object-valued field as {@link Fields}, or null (reported) when it is not an object. */
  private static Fields child(StateContext state, Fields parent, String field) {
    if (!parent.has(field) || !parent.object(field)) {
      return null;
    }
    return new Fields(state.ctx(), parent.get(field), parent.at(field));
  }
}
