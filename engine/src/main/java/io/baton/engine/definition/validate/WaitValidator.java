package io.baton.engine.definition.validate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Validates the Wait state: exactly one of Seconds, SecondsPath, Timestamp and TimestampPath.
 *
 * <ul>
 *   <li>Seconds is an integer from 0 to 99999999 (or a JSONata expression).
 *   <li>Timestamp is an RFC 3339 timestamp (or a JSONata expression).
 *   <li>SecondsPath and TimestampPath (JSONPath only) are reference paths.
 * </ul>
 */
final class WaitValidator implements StateValidator {
  private static final long MAX_SECONDS = 99_999_999L;

  @Override
  public void validate(StateContext state) {
    final Fields fields = state.fields();
    if (state.jsonPath()) {
      fields.exactlyOne("Seconds", "SecondsPath", "Timestamp", "TimestampPath");
    } else {
      fields.exactlyOne("Seconds", "Timestamp");
    }
    fields.integerOrExpression("Seconds", 0, MAX_SECONDS, state.language());
    final JsonNode timestamp = state.get("Timestamp");
    if (timestamp != null && !Fields.isExpression(timestamp)) {
      fields
          .string("Timestamp")
          .filter(text -> !Timestamps.isValid(text))
          .ifPresent(
              text ->
                  state
                      .ctx()
                      .schema(
                          "The value for the field 'Timestamp' must be an RFC 3339 timestamp: '"
                              + text
                              + "'",
                          fields.at("Timestamp")));
    }
    for (String path : new String[] {"SecondsPath", "TimestampPath"}) {
      if (state.has(path)) {
        PathChecks.referencePath(fields, path, false, PathChecks.ANY_ROOT);
      }
    }
  }
}
