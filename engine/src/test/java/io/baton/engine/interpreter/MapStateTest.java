package io.baton.engine.interpreter;

import static io.baton.engine.testkit.HistoryAssert.assertThatHistory;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.execution.ExecutionStatus;
import io.baton.engine.json.Json;
import io.baton.engine.testkit.ExecutionHarness;
import io.baton.engine.testkit.HarnessExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MapStateTest {
  @RegisterExtension final HarnessExtension engine = new HarnessExtension();

  private ExecutionHarness map(String fields, String processorStates) {
    return engine.harness(
        """
        {"StartAt": "M", "States": {
          "M": {"Type": "Map", %s "End": true,
            "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Inner",
              "States": %s}},
          "Recover": {"Type": "Pass", "End": true}}}
        """
            .formatted(fields, processorStates));
  }

  private static final String DOUBLE =
      "{\"Inner\": {\"Type\": \"Pass\", \"Parameters\": {\"v.$\": \"States.MathAdd($, $)\"},"
          + " \"End\": true}}";
  private static final String TASK =
      "{\"Inner\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
          + " \"TimeoutSeconds\": 60, \"End\": true}}";

  @Test
  void shouldRunOneIterationPerItemAndCollectResultsInOrder() {
    // given
    final ExecutionHarness h = map("\"ItemsPath\": \"$.items\",", DOUBLE);

    // when
    h.start("{\"items\": [1, 2, 3]}");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("[{\"v\": 2}, {\"v\": 4}, {\"v\": 6}]"));
    assertThatHistory(h)
        .containsTypeSequence(
            "MapStateEntered",
            "MapStateStarted",
            "MapIterationStarted",
            "PassStateEntered",
            "PassStateExited",
            "MapIterationSucceeded",
            "MapIterationStarted")
        .containsTypeSequence("MapIterationSucceeded", "MapStateSucceeded", "MapStateExited")
        .hasCount("MapIterationStarted", 3);
    assertThat(h.onlyDetails("MapStateStarted")).isEqualTo(Json.parse("{\"length\": 3}"));
    assertThat(h.details("MapIterationStarted"))
        .extracting(d -> d.path("index").asInt())
        .containsExactly(0, 1, 2);
    assertThat(h.details("MapIterationStarted").get(0).path("name").asText()).isEqualTo("M");
  }

  @Test
  void shouldBuildEachIterationInputWithItemSelector() {
    // given
    final ExecutionHarness h =
        map(
            "\"ItemsPath\": \"$.items\", \"ItemSelector\": {\"index.$\": \"$$.Map.Item.Index\","
                + " \"value.$\": \"$$.Map.Item.Value\", \"tag.$\": \"$.tag\", \"fixed\": 0},",
            "{\"Inner\": {\"Type\": \"Pass\", \"End\": true}}");

    // when
    h.start("{\"items\": [\"a\", \"b\"], \"tag\": \"t\"}");

    // then
    assertThat(h.output())
        .isEqualTo(
            Json.parse(
                "[{\"index\": 0, \"value\": \"a\", \"tag\": \"t\", \"fixed\": 0},"
                    + " {\"index\": 1, \"value\": \"b\", \"tag\": \"t\", \"fixed\": 0}]"));
  }

  @Test
  void shouldSucceedWithAnEmptyArrayWhenThereAreNoItems() {
    // given
    final ExecutionHarness h = map("", DOUBLE);

    // when
    h.start("[]");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("[]"));
    assertThatHistory(h)
        .hasTypes(
            "ExecutionStarted",
            "MapStateEntered",
            "MapStateStarted",
            "MapStateSucceeded",
            "MapStateExited",
            "ExecutionSucceeded");
  }

  @Test
  void shouldPlaceTheResultsWithResultSelectorAndResultPath() {
    // given
    final ExecutionHarness h =
        map(
            "\"ItemsPath\": \"$.items\", \"ResultSelector\": {\"all.$\": \"$\"},"
                + " \"ResultPath\": \"$.out\",",
            DOUBLE);

    // when
    h.start("{\"items\": [5]}");

    // then
    assertThat(h.output())
        .isEqualTo(Json.parse("{\"items\": [5], \"out\": {\"all\": [{\"v\": 10}]}}"));
  }

  @Test
  void shouldAbortRunningIterationsWhenOneFails() {
    // given
    final ExecutionHarness h = map("", TASK);
    h.start("[\"a\", \"b\", \"c\"]");
    assertThat(h.openTasks()).hasSize(3);
    final Effect.InvokeTask first = h.openTasks().get(0);

    // when
    h.fail(h.openTasks().get(1), "Item.Failed", "b broke");

    // then
    assertThat(h.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(h.state().error()).contains("Item.Failed");
    assertThatHistory(h)
        .containsTypeSequence(
            "TaskFailed",
            "MapIterationAborted",
            "TaskStateAborted",
            "MapIterationAborted",
            "TaskStateAborted",
            "MapIterationFailed",
            "MapStateFailed",
            "ExecutionFailed");
    assertThat(h.details("MapIterationAborted"))
        .containsExactly(
            Json.parse("{\"index\": 0, \"name\": \"M\"}"),
            Json.parse("{\"index\": 2, \"name\": \"M\"}"));
    assertThat(h.onlyDetails("MapIterationFailed"))
        .isEqualTo(Json.parse("{\"index\": 1, \"name\": \"M\"}"));
    assertThat(h.pendingTimers()).isEmpty();
    assertThat(h.succeed(first, "{}").isEmpty()).isTrue();
  }

  @Test
  void shouldGoToTheCatcherWhenAnIterationFails() {
    // given
    final ExecutionHarness h =
        map(
            "\"Catch\": [{\"ErrorEquals\": [\"Item.Failed\"], \"Next\": \"Recover\"}],",
            "{\"Inner\": {\"Type\": \"Fail\", \"Error\": \"Item.Failed\", \"Cause\": \"why\"}}");

    // when
    h.start("[1]");

    // then
    assertThat(h.output())
        .isEqualTo(Json.parse("{\"Error\": \"Item.Failed\", \"Cause\": \"why\"}"));
    assertThatHistory(h)
        .hasTypes(
            "ExecutionStarted",
            "MapStateEntered",
            "MapStateStarted",
            "MapIterationStarted",
            "FailStateEntered",
            "MapIterationFailed",
            "MapStateFailed",
            "MapStateExited",
            "PassStateEntered",
            "PassStateExited",
            "ExecutionSucceeded");
  }

  @Test
  void shouldStartTheMapAgainWithoutReenteringWhenItIsRetried() {
    // given
    final ExecutionHarness h =
        map(
            "\"Retry\": [{\"ErrorEquals\": [\"States.ALL\"], \"MaxAttempts\": 2,"
                + " \"IntervalSeconds\": 1}],",
            "{\"Inner\": {\"Type\": \"Fail\", \"Error\": \"Item.Failed\", \"Cause\": \"why\"}}");
    h.start("[1]");

    // when
    h.fireNextTimer();
    h.fireNextTimer();

    // then
    assertThat(h.state().error()).contains("Item.Failed");
    assertThatHistory(h)
        .hasTypes(
            "ExecutionStarted",
            "MapStateEntered",
            "MapStateStarted",
            "MapIterationStarted",
            "FailStateEntered",
            "MapIterationFailed",
            "MapStateStarted",
            "MapIterationStarted",
            "FailStateEntered",
            "MapIterationFailed",
            "MapStateStarted",
            "MapIterationStarted",
            "FailStateEntered",
            "MapIterationFailed",
            "MapStateFailed",
            "ExecutionFailed");
  }

  @Test
  void shouldFailWithRuntimeErrorWhenItemsPathFindsNothing() {
    // given
    final ExecutionHarness h = map("\"ItemsPath\": \"$.missing\",", DOUBLE);

    // when
    h.start("{}");

    // then
    assertThat(h.state().error()).contains("States.Runtime");
  }

  @Test
  void shouldAcceptTheLegacyIteratorAndParameters() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
              "Parameters": {"item.$": "$$.Map.Item.Value"},
              "Iterator": {"StartAt": "I", "States": {"I": {"Type": "Pass", "End": true}}}}}}
            """);

    // when
    h.start("[true]");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("[{\"item\": true}]"));
  }
}
