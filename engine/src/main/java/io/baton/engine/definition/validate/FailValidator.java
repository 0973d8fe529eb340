package io.baton.engine.definition.validate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Validates the Fail state: Error or ErrorPath, Cause or CausePath.
 *
 * <ul>
 *   <li>Error and ErrorPath (and Cause and CausePath) are mutually exclusive.
 *   <li>ErrorPath and CausePath (JSONPath only) are reference paths or intrinsic function calls.
 *   <li>In JSONPath states an Error or Cause that looks like a path earns a NO_PATH warning.
 * </ul>
 */
final class FailValidator implements StateValidator {
  @Override
  public void validate(StateContext state) {
    final Fields fields = state.fields();
    fields.atMostOne("Error", "ErrorPath");
    fields.atMostOne("Cause", "CausePath");
    for (String field : new String[] {"Error", "Cause"}) {
      fields.string(field);
      final JsonNode value = state.get(field);
      if (state.jsonPath() && value != null && value.isTextual()) {
        noPath(state, field, value.textValue());
      }
      if (state.has(field + "Path")) {
        PathChecks.referencePathOrIntrinsic(fields, field + "Path");
      }
    }
  }

  private static void noPath(StateContext state, String field, String value) {
    if (PayloadTemplate.looksLikePath(value)) {
      state
          .ctx()
          .warning(
              DiagnosticCodes.NO_PATH,
              "The value of the field '"
                  + field
                  + "' looks like a path, but the field name does"
                  + " not end with 'Path'; use '"
                  + field
                  + "Path' to evaluate it",
              state.at().field(field));
    }
  }
}
