package io.baton.engine.definition.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;

/**
 * Validates the Pass state's own fields.
 *
 * <ul>
 *   <li>Result may be any JSON value; a {@code .$} key in it is not evaluated, which earns a
 *       PASS_RESULT_IS_STATIC warning.
 *   <li>Parameters, Output, Assign and the I/O paths are checked by {@link CommonStateChecks}.
 * </ul>
 */
final class PassValidator implements StateValidator {
  @Override
  public void validate(StateContext state) {
    final JsonNode result = state.get("Result");
    if (result == null || !result.isObject()) {
      return;
    }
    final Iterator<String> keys = result.fieldNames();
    while (keys.hasNext()) {
      final String key = keys.next();
      if (key.endsWith(".$")) {
        state
            .ctx()
            .warning(
                DiagnosticCodes.PASS_RESULT_IS_STATIC,
                "The field '"
                    + key
                    + "' of a Pass state's Result is static and is not"
                    + " evaluated as a path; use Parameters to evaluate it",
                state.at().field("Result").field(key));
      }
    }
  }
}
