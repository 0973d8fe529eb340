package io.baton.engine.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Step Functions Local mock configuration: {@code StateMachines → <name> → TestCases → <case> →
 * <state> → <mocked response name>} and {@code MockedResponses → <name> → <"0" | "1-3"> → Return |
 * Throw}.
 *
 * <ul>
 *   <li>Parsing checks the whole file and reports every problem at once, with its location.
 *   <li>Invocation numbers count from 0, per state, across retries and Map iterations.
 * </ul>
 */
public final class MockConfig {
  private final Map<String, Map<String, Map<String, String>>> testCases;
  private final Map<String, List<MockedResponse>> responses;

  private MockConfig(
      Map<String, Map<String, Map<String, String>>> testCases,
      Map<String, List<MockedResponse>> responses) {
    this.testCases = testCases;
    this.responses = responses;
  }

  /** Parses a mock file; throws {@link IllegalArgumentException} listing every problem. */
  public static MockConfig parse(JsonNode root) {
    final List<String> problems = new ArrayList<>();
    final Map<String, Map<String, Map<String, String>>> cases = new HashMap<>();
    final Map<String, List<MockedResponse>> responses = new HashMap<>();
    if (!root.isObject()) {
      throw new IllegalArgumentException("A mock configuration must be a JSON object");
    }
    for (var sm : iterable(root.path("StateMachines"))) {
      final Map<String, Map<String, String>> byCase = new HashMap<>();
      for (var tc : iterable(sm.getValue().path("TestCases"))) {
        final Map<String, String> byState = new HashMap<>();
        for (var st : iterable(tc.getValue())) {
          if (!st.getValue().isTextual()) {
            problems.add(
                "/StateMachines/" + sm.getKey() + "/TestCases/" + tc.getKey() + "/" + st.getKey()
                    + ": expected the name of a mocked response");
            continue;
          }
          byState.put(st.getKey(), st.getValue().asText());
        }
        byCase.put(tc.getKey(), byState);
      }
      cases.put(sm.getKey(), byCase);
    }
    for (var mr : iterable(root.path("MockedResponses"))) {
      final List<MockedResponse> list = new ArrayList<>();
      for (var inv : iterable(mr.getValue())) {
        MockedResponse.parse("/MockedResponses/" + mr.getKey() + "/" + inv.getKey(), inv.getKey(), inv.getValue(), problems)
            .ifPresent(list::add);
      }
      responses.put(mr.getKey(), list);
    }
    cases.forEach(
        (sm, byCase) ->
            byCase.forEach(
                (tc, byState) ->
                    byState.forEach(
                        (state, response) -> {
                          if (!responses.containsKey(response)) {
                            problems.add(
                                "/StateMachines/" + sm + "/TestCases/" + tc + "/" + state
                                    + ": no MockedResponses entry named '" + response + "'");
                          }
                        })));
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Invalid mock configuration: " + String.join("; ", problems));
    }
    return new MockConfig(cases, responses);
  }

  /** The mocked responses of a test case, by state name. */
  public Optional<Map<String, List<MockedResponse>>> testCase(String stateMachine, String testCase) {
    final Map<String, Map<String, String>> byCase = testCases.get(stateMachine);
    if (byCase == null || !byCase.containsKey(testCase)) {
      return Optional.empty();
    }
    final Map<String, List<MockedResponse>> byState = new HashMap<>();
    byCase.get(testCase).forEach((state, name) -> byState.put(state, responses.get(name)));
    return Optional.of(byState);
  }

  /** The names of the state machines the file has test cases for. */
  public java.util.Set<String> stateMachines() {
    return testCases.keySet();
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
    final Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    return () -> it;
  }
}
