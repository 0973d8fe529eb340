package io.baton.engine.definition.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Validates the Map state.
 *
 * <ul>
 *   <li>Exactly one of ItemProcessor and the deprecated Iterator, each a state machine of its own
 *       with an optional ProcessorConfig (Mode INLINE or DISTRIBUTED; DISTRIBUTED needs an
 *       ExecutionType). Neither may set QueryLanguage.
 *   <li>Items come from ItemsPath (JSONPath) or Items (JSONata); at most one of ItemSelector and
 *       the deprecated Parameters.
 *   <li>MaxConcurrency, ToleratedFailureCount and ToleratedFailurePercentage (0-100) are each
 *       exclusive with their Path form.
 *   <li>ItemReader, ResultWriter, ItemBatcher and Label are checked by {@link
 *       DistributedMapChecks}.
 * </ul>
 */
final class MapValidator implements StateValidator {
  private static final Set<String> PROCESSOR_FIELDS =
      Set.of("StartAt", "States", "Comment", "ProcessorConfig");

  @Override
  public void validate(StateContext state) {
    final Fields fields = state.fields();
    fields.exactlyOne("ItemProcessor", "Iterator");
    for (String processor : new String[] {"ItemProcessor", "Iterator"}) {
      if (state.has(processor)) {
        processor(state, state.get(processor), fields.at(processor));
      }
    }
    fields.atMostOne("ItemSelector", "Parameters");
    if (state.jsonPath()) {
      CommonStateChecks.template(state, "ItemSelector");
    }
    if (state.has("ItemsPath")) {
      PathChecks.referencePath(fields, "ItemsPath", false, PathChecks.ANY_ROOT);
    }
    final JsonNode items = state.get("Items");
    if (items != null && !items.isArray() && !items.isObject() && !Fields.isExpression(items)) {
      state
          .ctx()
          .schema(
              "The value for the field 'Items' must be an ARRAY, an OBJECT or a JSONata expression",
              fields.at("Items"));
    }
    numbers(state, fields);
    DistributedMapChecks.check(state, fields);
  }

  private static void numbers(StateContext state, Fields fields) {
    fields.atMostOne("MaxConcurrency", "MaxConcurrencyPath");
    fields.atMostOne("ToleratedFailureCount", "ToleratedFailureCountPath");
    fields.atMostOne("ToleratedFailurePercentage", "ToleratedFailurePercentagePath");
    fields.integerOrExpression("MaxConcurrency", 0, Long.MAX_VALUE, state.language());
    fields.integerOrExpression("ToleratedFailureCount", 0, Long.MAX_VALUE, state.language());
    fields.numberOrExpression(
        "ToleratedFailurePercentage", BigDecimal.ZERO, BigDecimal.valueOf(100), state.language());
    for (String path :
        List.of(
            "MaxConcurrencyPath", "ToleratedFailureCountPath", "ToleratedFailurePercentagePath")) {
      if (state.has(path)) {
        PathChecks.referencePath(fields, path, false, PathChecks.INPUT_OR_VARIABLE);
      }
    }
  }

  private static void processor(StateContext state, JsonNode processor, Pointer at) {
    state.scopes().validateNested(processor, at, PROCESSOR_FIELDS, state.depth());
    final JsonNode config = processor.get("ProcessorConfig");
    if (config == null) {
      return;
    }
    final Fields fields = new Fields(state.ctx(), config, at.field("ProcessorConfig"));
    if (!config.isObject()) {
      state
          .ctx()
          .schema("The value for the field 'ProcessorConfig' must be of type OBJECT", fields.at);
      return;
    }
    fields.allowOnly(Set.of("Mode", "ExecutionType"));
    fields.oneOf("Mode", List.of("INLINE", "DISTRIBUTED"));
    fields.oneOf("ExecutionType", List.of("STANDARD", "EXPRESS"));
    if ("DISTRIBUTED".equals(config.path("Mode").asText()) && !fields.has("ExecutionType")) {
      fields.require("ExecutionType");
    }
  }
}
