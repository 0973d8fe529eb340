package io.baton.engine.definition.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates the Task state's own fields.
 *
 * <ul>
 *   <li>Resource is required and is a constant ARN-shaped string (INVALID_RESOURCE otherwise).
 *   <li>TimeoutSeconds and HeartbeatSeconds are positive integers (or JSONata expressions), each
 *       exclusive with its Path form; a literal HeartbeatSeconds must be below TimeoutSeconds.
 *   <li>Credentials holds a RoleArn (JSONPath may use {@code RoleArn.$}).
 * </ul>
 */
final class TaskValidator implements StateValidator {
  private static final long MAX_SECONDS = 99_999_999L;
  private static final Pattern ARN =
      Pattern.compile("arn:[A-Za-z0-9-]+:[A-Za-z0-9-]+:[^:]*:[^:]*:.+");

  @Override
  public void validate(StateContext state) {
    final Fields fields = state.fields();
    fields.require("Resource");
    resource(state, fields);
    fields.atMostOne("TimeoutSeconds", "TimeoutSecondsPath");
    fields.atMostOne("HeartbeatSeconds", "HeartbeatSecondsPath");
    final Optional<BigDecimal> timeout =
        fields.integerOrExpression("TimeoutSeconds", 1, MAX_SECONDS, state.language());
    final Optional<BigDecimal> heartbeat =
        fields.integerOrExpression("HeartbeatSeconds", 1, MAX_SECONDS, state.language());
    if (timeout.isPresent()
        && heartbeat.isPresent()
        && heartbeat.get().compareTo(timeout.get()) >= 0) {
      state
          .ctx()
          .schema(
              "The value for the field 'HeartbeatSeconds' must be smaller than the value for the"
                  + " field 'TimeoutSeconds'",
              fields.at("HeartbeatSeconds"));
    }
    for (String path : new String[] {"TimeoutSecondsPath", "HeartbeatSecondsPath"}) {
      if (state.has(path)) {
        PathChecks.referencePath(fields, path, false, PathChecks.ANY_ROOT);
      }
    }
    if (state.has("Credentials")) {
      credentials(
          state, new Fields(state.ctx(), state.get("Credentials"), fields.at("Credentials")));
    }
  }

  private static void resource(StateContext state, Fields fields) {
    final JsonNode resource = fields.get("Resource");
    if (resource == null) {
      return;
    }
    final String text = resource.isTextual() ? resource.textValue() : null;
    if (text == null || Fields.isExpression(resource) || !ARN.matcher(text).matches()) {
      state
          .ctx()
          .error(
              DiagnosticCodes.INVALID_RESOURCE,
              "The value for the field 'Resource' must be a constant ARN, but was " + resource,
              fields.at("Resource"));
    }
  }

  private static void credentials(StateContext state, Fields credentials) {
    if (!credentials.node.isObject()) {
      state
          .ctx()
          .schema("The value for the field 'Credentials' must be of type OBJECT", credentials.at);
      return;
    }
    if (state.jsonPath()) {
      credentials.allowOnly(Set.of("RoleArn", "RoleArn.$"));
      credentials.exactlyOne("RoleArn", "RoleArn.$");
      PayloadTemplate.check(state.ctx(), credentials.node, credentials.at);
    } else {
      credentials.allowOnly(Set.of("RoleArn"));
      credentials.require("RoleArn");
    }
    credentials.string("RoleArn");
  }
}
