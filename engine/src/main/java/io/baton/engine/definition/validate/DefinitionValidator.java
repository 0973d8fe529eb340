package io.baton.engine.definition.validate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.json.Json;
import java.util.List;
import java.util.Set;

/**
 * Static validation of an Amazon States Language definition, with AWS's
 * ValidateStateMachineDefinition diagnostics.
 *
 * <ul>
 *   <li>Returns every problem found, not just the first; an empty list (or warnings only) means AWS
 *       would accept the definition.
 *   <li>Never throws on bad input: text that is not JSON, wrong shapes and wrong types all become
 *       diagnostics.
 *   <li>Pure: no I/O, clock or randomness.
 * </ul>
 */
public final class DefinitionValidator {
  private static final Set<String> TOP_LEVEL_FIELDS =
      Set.of("StartAt", "States", "Comment", "Version", "TimeoutSeconds", "QueryLanguage");
  private static final long MAX_TIMEOUT_SECONDS = 99_999_999L;

  private DefinitionValidator() {}

  /** Validates definition text, including whether it is JSON at all. */
  public static List<Diagnostic> validate(String definitionText) {
    final ValidationContext ctx = new ValidationContext();
    if (definitionText == null || definitionText.isBlank()) {
      ctx.error(
          DiagnosticCodes.MISSING_DESCRIPTION, "The definition is null or empty", Pointer.ROOT);
      return ctx.diagnostics();
    }
    final JsonNode definition;
    try {
      definition = Json.MAPPER.readTree(definitionText);
    } catch (JsonProcessingException e) {
      ctx.error(DiagnosticCodes.INVALID_JSON_DESCRIPTION, describe(e), Pointer.ROOT);
      return ctx.diagnostics();
    }
    DuplicateStateNames.scan(ctx, definitionText);
    validate(ctx, definition);
    return ctx.diagnostics();
  }

  /** Validates an already parsed definition. */
  public static List<Diagnostic> validate(JsonNode definition) {
    final ValidationContext ctx = new ValidationContext();
    validate(ctx, definition);
    return ctx.diagnostics();
  }

  private static void validate(ValidationContext ctx, JsonNode definition) {
    if (definition == null || definition.isMissingNode() || definition.isNull()) {
      ctx.error(
          DiagnosticCodes.MISSING_DESCRIPTION, "The definition is null or empty", Pointer.ROOT);
      return;
    }
    if (!definition.isObject()) {
      ctx.schema("The definition must be a JSON object", Pointer.ROOT);
      return;
    }
    final Fields fields = new Fields(ctx, definition, Pointer.ROOT);
    fields.allowOnly(TOP_LEVEL_FIELDS);
    fields.string("Comment");
    fields.oneOf("Version", List.of("1.0"));
    fields.integer("TimeoutSeconds", 1, MAX_TIMEOUT_SECONDS);
    fields.oneOf("QueryLanguage", List.of("JSONPath", "JSONata"));
    final QueryLanguage language =
        QueryLanguage.of(definition.get("QueryLanguage"), QueryLanguage.JSONPATH);
    new ScopeValidator(ctx, language).validate(definition, Pointer.ROOT, 0);
  }

  private static String describe(JsonProcessingException e) {
    final String message = e.getOriginalMessage();
    final String firstLine = message == null ? "Invalid JSON" : message.split("\n", 2)[0];
    final JsonLocation where = e.getLocation();
    if (where == null) {
      return firstLine;
    }
    return firstLine + " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
  }
}
