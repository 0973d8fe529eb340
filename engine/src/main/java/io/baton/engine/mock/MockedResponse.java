package io.baton.engine.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a mocked response: for invocations {@code from..to} (inclusive), return a value or
 * throw an error.
 */
public record MockedResponse(int from, int to, JsonNode returned, String error, String cause) {

  public boolean covers(int invocation) {
    return invocation >= from && invocation <= to;
  }

  public boolean isThrow() {
    return error != null;
  }

  static Optional<MockedResponse> parse(String at, String range, JsonNode body, List<String> problems) {
    final int from;
    final int to;
    try {
      final int dash = range.indexOf('-');
      from = Integer.parseInt(dash < 0 ? range : range.substring(0, dash));
      to = dash < 0 ? from : Integer.parseInt(range.substring(dash + 1));
    } catch (NumberFormatException e) {
      problems.add(at + ": invocation key must be a number or a range like \"1-3\"");
      return Optional.empty();
    }
    if (from < 0 || to < from) {
      problems.add(at + ": invocation range must be ascending and not negative");
      return Optional.empty();
    }
    final boolean hasReturn = body.has("Return");
    final boolean hasThrow = body.has("Throw");
    if (hasReturn == hasThrow) {
      problems.add(at + ": exactly one of Return or Throw is required");
      return Optional.empty();
    }
    if (hasReturn) {
      return Optional.of(new MockedResponse(from, to, body.get("Return"), null, null));
    }
    final JsonNode t = body.get("Throw");
    return Optional.of(
        new MockedResponse(
            from, to, null, t.path("Error").asText("States.TaskFailed"), t.path("Cause").asText("")));
  }
}
