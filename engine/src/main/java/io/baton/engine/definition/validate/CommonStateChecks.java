package io.baton.engine.definition.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks every state gets before its type's own validator runs.
 *
 * <ul>
 *   <li>Decides which fields are usable: known for the type and supported in the state's query
 *       language; reports the others.
 *   <li>Checks Comment, QueryLanguage, Next/End, the JSONPath I/O paths and templates, Arguments,
 *       Assign, Retry and Catch.
 *   <li>Never throws.
 * </ul>
 */
final class CommonStateChecks {
  private CommonStateChecks() {}

  /** The fields of the state that its type and language allow; reports the rest. */
  static Set<String> usableFields(
      ValidationContext ctx, String type, JsonNode node, Pointer at, QueryLanguage language) {
    final Set<String> usable = new HashSet<>();
    final Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      final String name = names.next();
      final Optional<QueryLanguage> only = StateFieldTable.onlyIn(name);
      if (!StateFieldTable.allows(type, name)) {
        ctx.schema("Field '" + name + "' is not supported", at);
      } else if (only.isPresent() && only.get() != language) {
        ctx.schema(
            "The QueryLanguage is set to '"
                + language.text()
                + "', but field '"
                + name
                + "' is only supported for the '"
                + only.get().text()
                + "' QueryLanguage",
            at);
      } else {
        usable.add(name);
      }
    }
    return usable;
  }

  static void check(StateContext state, String type, QueryLanguage machineLanguage) {
    final Fields fields = state.fields();
    fields.string("Comment");
    queryLanguage(fields, machineLanguage);
    if (StateFieldTable.FLOW_TYPES.contains(type)) {
      nextOrEnd(fields);
    }
    if (state.has("InputPath")) {
      PathChecks.path(fields, "InputPath", true);
    }
    if (state.has("OutputPath")) {
      PathChecks.path(fields, "OutputPath", true);
    }
    if (state.has("ResultPath")) {
      PathChecks.referencePath(fields, "ResultPath", true, PathChecks.INPUT_ONLY);
    }
    template(state, "Parameters");
    template(state, "ResultSelector");
    if (state.has("Arguments")) {
      final JsonNode arguments = state.get("Arguments");
      if (!arguments.isObject() && !Fields.isExpression(arguments)) {
        state
            .ctx()
            .schema(
                "The value for the field 'Arguments' must be an OBJECT or a JSONata expression",
                fields.at("Arguments"));
      }
    }
    if (state.has("Assign")) {
      AssignCheck.check(state.ctx(), state.get("Assign"), fields.at("Assign"), state.language());
    }
    if (state.has("Retry")) {
      RetryCatchCheck.retry(state.ctx(), state.get("Retry"), fields.at("Retry"));
    }
    if (state.has("Catch")) {
      RetryCatchCheck.catchers(state, state.get("Catch"), fields.at("Catch"));
    }
  }

  /** Checks a JSONPath payload template field, which must be an object. */
  static void template(StateContext state, String field) {
    if (state.has(field) && state.fields().object(field)) {
      PayloadTemplate.check(state.ctx(), state.get(field), state.at().field(field));
    }
  }

  private static void queryLanguage(Fields fields, QueryLanguage machineLanguage) {
    fields.oneOf("QueryLanguage", List.of("JSONPath", "JSONata"));
    final JsonNode value = fields.get("QueryLanguage");
    if (machineLanguage == QueryLanguage.JSONATA
        && QueryLanguage.of(value, machineLanguage) == QueryLanguage.JSONPATH) {
      fields.ctx.schema(
          "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine",
          fields.at);
    }
  }

  private static void nextOrEnd(Fields fields) {
    fields.string("Next");
    final Optional<Boolean> end = fields.bool("End");
    if (!fields.atMostOne("Next", "End")) {
      return;
    }
    if (end.isPresent() && !end.get()) {
      fields.ctx.schema("The value for the field 'End' must be true", fields.at("End"));
    } else if (!fields.has("Next") && !fields.has("End")) {
      fields.ctx.schema("Exactly one of these fields is required: [Next, End]", fields.at);
    }
  }
}
