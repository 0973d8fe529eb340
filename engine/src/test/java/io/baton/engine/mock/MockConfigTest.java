package io.baton.engine.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.baton.engine.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class MockConfigTest {
  @Test
  void shouldParseTestCasesAndInclusiveRanges() {
    // given
    final String json =
        """
        {"StateMachines": {"M": {"TestCases": {"Case": {"A": "R"}}}},
         "MockedResponses": {"R": {
           "0": {"Return": {"x": 1}},
           "1-3": {"Throw": {"Error": "E", "Cause": "C"}}}}}
        """;

    // when
    final MockConfig config = MockConfig.parse(Json.parse(json));

    // then
    assertThat(config.stateMachines()).containsExactly("M");
    final List<MockedResponse> responses = config.testCase("M", "Case").orElseThrow().get("A");
    assertThat(responses)
        .containsExactly(
            new MockedResponse(0, 0, Json.parse("{\"x\": 1}"), null, null),
            new MockedResponse(1, 3, null, "E", "C"));
    assertThat(responses.get(1).covers(1)).isTrue();
    assertThat(responses.get(1).covers(3)).isTrue();
    assertThat(responses.get(1).covers(4)).isFalse();
    assertThat(config.testCase("M", "Other")).isEmpty();
    assertThat(config.testCase("Other", "Case")).isEmpty();
  }

  @Test
  void shouldDefaultTheThrownErrorWhenThrowIsEmpty() {
    // when
    final MockConfig config =
        MockConfig.parse(
            Json.parse(
                """
                {"StateMachines": {"M": {"TestCases": {"C": {"A": "R"}}}},
                 "MockedResponses": {"R": {"0": {"Throw": {}}}}}
                """));

    // then
    assertThat(config.testCase("M", "C").orElseThrow().get("A"))
        .containsExactly(new MockedResponse(0, 0, null, "States.TaskFailed", ""));
  }

  @Test
  void shouldListEveryProblemTogetherWhenTheFileIsInvalid() {
    // given
    final String json =
        """
        {"StateMachines": {"M": {"TestCases": {"C": {
           "A": "Missing", "B": 42, "D": "Bad"}}}},
         "MockedResponses": {"Bad": {
           "x": {"Return": 1},
           "3-1": {"Return": 1},
           "0": {"Return": 1, "Throw": {}},
           "1": {}}}}
        """;

    // when / then
    assertThatThrownBy(() -> MockConfig.parse(Json.parse(json)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "/StateMachines/M/TestCases/C/A: no MockedResponses entry named 'Missing'")
        .hasMessageContaining(
            "/StateMachines/M/TestCases/C/B: expected the name of a mocked response")
        .hasMessageContaining("/MockedResponses/Bad/x: invocation key must be a number")
        .hasMessageContaining("/MockedResponses/Bad/3-1: invocation range must be ascending")
        .hasMessageContaining("/MockedResponses/Bad/0: exactly one of Return or Throw is required")
        .hasMessageContaining("/MockedResponses/Bad/1: exactly one of Return or Throw is required");
  }

  @Test
  void shouldRejectAFileThatIsNotAnObject() {
    // when / then
    assertThatThrownBy(() -> MockConfig.parse(Json.parse("[]")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be a JSON object");
  }
}
