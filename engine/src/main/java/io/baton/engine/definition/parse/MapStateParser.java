package io.baton.engine.definition.parse;

import static io.baton.engine.definition.parse.DefinitionParser.field;
import static io.baton.engine.definition.parse.DefinitionParser.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.definition.DataFlow;
import io.baton.engine.definition.MapState;
import io.baton.engine.definition.QueryLanguage;
import java.util.Optional;

/** Parses a Map state, accepting both ItemProcessor and the legacy Iterator/Parameters. */
final class MapStateParser {
  private MapStateParser() {}

  static MapState parse(
      String name,
      JsonNode node,
      QueryLanguage language,
      DataFlow flow,
      Optional<String> next,
      String at) {
    final boolean legacy = !node.has("ItemProcessor") && node.has("Iterator");
    final JsonNode processor = legacy ? node.get("Iterator") : node.path("ItemProcessor");
    final JsonNode config = processor.path("ProcessorConfig");
    // Legacy maps pass Parameters to each item; with ItemProcessor it is ItemSelector.
    final JsonNode itemSelector =
        node.has("ItemSelector") ? node.get("ItemSelector") : field(node, "Parameters");
    final DataFlow mapFlow =
        new DataFlow(
            flow.inputPath(),
            com.fasterxml.jackson.databind.node.MissingNode.getInstance(),
            flow.resultSelector(),
            flow.resultPath(),
            flow.outputPath(),
            flow.arguments(),
            flow.output(),
            flow.assign());
    return new MapState(
        name,
        language,
        mapFlow,
        next,
        DefinitionParser.machine(
            processor, language, at + (legacy ? "/Iterator" : "/ItemProcessor")),
        "DISTRIBUTED".equals(config.path("Mode").asText()),
        config.path("ExecutionType").asText("STANDARD"),
        node.has("ItemsPath") ? DefinitionParser.path(node, "ItemsPath") : Optional.of("$"),
        field(node, "Items"),
        itemSelector,
        field(node, "MaxConcurrency"),
        text(node, "MaxConcurrencyPath"),
        field(node, "ToleratedFailureCount"),
        text(node, "ToleratedFailureCountPath"),
        field(node, "ToleratedFailurePercentage"),
        text(node, "ToleratedFailurePercentagePath"),
        field(node, "ItemReader"),
        field(node, "ItemBatcher"),
        field(node, "ResultWriter"),
        text(node, "Label"),
        ErrorHandlingParser.parse(node));
  }
}
