package io.baton.engine.interpreter;

import static io.baton.engine.testkit.HistoryAssert.assertThatHistory;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.execution.ExecutionStatus;
import io.baton.engine.json.Json;
import io.baton.engine.testkit.ExecutionHarness;
import io.baton.engine.testkit.HarnessExtension;
import io.baton.engine.testkit.TaskResponder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DistributedMapTest {
  @RegisterExtension final HarnessExtension engine = new HarnessExtension();

  private ExecutionHarness map(String fields) {
    return engine.harness(
        """
        {"StartAt": "M", "States": {"M": {"Type": "Map", %s "End": true,
          "ItemProcessor": {
            "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
            "StartAt": "Inner", "States": {"Inner": {"Type": "Pass", "End": true}}}}}}
        """
            .formatted(fields));
  }

  @Test
  void shouldStartAChildExecutionPerItemWithinMaxConcurrency() {
    // given
    final ExecutionHarness h =
        map("\"MaxConcurrency\": 2, \"ItemSelector\": {\"v.$\": \"$$.Map.Item.Value\"},");

    // when
    h.start("[\"a\", \"b\", \"c\"]");

    // then
    final List<Effect.StartChildExecution> children = h.openChildren();
    assertThat(children).hasSize(2);
    assertThat(children).extracting(Effect.StartChildExecution::index).containsExactly(0, 1);
    assertThat(children.get(0).input()).isEqualTo(Json.parse("{\"v\": \"a\"}"));
    assertThat(children.get(0).executionType()).isEqualTo("STANDARD");
    assertThat(children.get(0).machine().startAt()).isEqualTo("Inner");
    final String runArn = h.onlyDetails("MapRunStarted").path("mapRunArn").asText();
    assertThat(runArn)
        .startsWith("arn:aws:states:us-east-1:123456789012:mapRun:TestMachine/M:")
        .endsWith(h.ids().issuedUuids().get(0));
    assertThat(children.get(0).executionName()).isEqualTo(h.ids().issuedUuids().get(0) + "-0");
    assertThatHistory(h)
        .hasTypes("ExecutionStarted", "MapStateEntered", "MapStateStarted", "MapRunStarted")
        .hasCount("ChildExecutionStarted", 2);
  }

  @Test
  void shouldStartTheRunningChildrenAgainFromStateAlone() {
    // given: three items, two at a time; the first child has reported back
    final ExecutionHarness h =
        map("\"MaxConcurrency\": 2, \"ItemSelector\": {\"v.$\": \"$$.Map.Item.Value\"},");
    h.start("[\"a\", \"b\", \"c\"]");
    h.succeedChild(h.openChildren().get(0), "1");

    // when: a parent that recovered on another node regenerates its work
    final List<Effect> again = new Interpreter().regenerate(h.state());

    // then: the two running children, with the input and name they were first started with
    assertThat(again).hasSize(2).allMatch(e -> e instanceof Effect.StartChildExecution);
    assertThat(again).containsExactlyElementsOf(h.openChildren());
    assertThat(((Effect.StartChildExecution) again.get(1)).input())
        .isEqualTo(Json.parse("{\"v\": \"c\"}"));
  }

  @Test
  void shouldCollectChildOutputsInItemOrder() {
    // given
    final ExecutionHarness h = map("");
    h.start("[1, 2, 3]");
    final List<Effect.StartChildExecution> children = h.openChildren();

    // when
    h.succeedChild(children.get(2), "\"three\"");
    h.succeedChild(children.get(0), "\"one\"");
    h.succeedChild(children.get(1), "\"two\"");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("[\"one\", \"two\", \"three\"]"));
    assertThatHistory(h)
        .hasTypes(
            "ExecutionStarted",
            "MapStateEntered",
            "MapStateStarted",
            "MapRunStarted",
            "MapRunSucceeded",
            "MapStateSucceeded",
            "MapStateExited",
            "ExecutionSucceeded");
  }

  @Test
  void shouldRunChildrenAsExecutionsOfTheItemProcessor() {
    // given
    final ExecutionHarness h =
        map(
            "\"MaxConcurrency\": 1, \"Label\": \"Batch\", \"ItemSelector\": {\"i.$\": \"$$.Map.Item.Index\"},");

    // when
    h.start("[\"x\", \"y\"]");
    h.runToCompletion(TaskResponder.echo());

    // then
    assertThat(h.output()).isEqualTo(Json.parse("[{\"i\": 0}, {\"i\": 1}]"));
    assertThat(h.children()).hasSize(2);
    assertThatHistory(h.children().get(0).events())
        .hasTypes("ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
    assertThat(h.onlyDetails("MapRunStarted").path("mapRunArn").asText())
        .contains(":mapRun:TestMachine/Batch:");
  }

  @Test
  void shouldSucceedWhenFailuresStayWithinToleratedFailureCount() {
    // given
    final ExecutionHarness h = map("\"ToleratedFailureCount\": 1,");
    h.start("[1, 2, 3]");
    final List<Effect.StartChildExecution> children = h.openChildren();

    // when
    h.failChild(children.get(0), "Child.Failed", "first");
    h.succeedChild(children.get(1), "2");
    h.succeedChild(children.get(2), "3");

    // then
    assertThat(h.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThatHistory(h).containsTypeSequence("MapRunSucceeded", "MapStateSucceeded");
  }

  @Test
  void shouldFailWithExceedToleratedFailureThresholdWhenFailuresExceedTheCount() {
    // given
    final ExecutionHarness h = map("\"ToleratedFailureCount\": 1,");
    h.start("[1, 2, 3]");
    final List<Effect.StartChildExecution> children = h.openChildren();

    // when
    h.failChild(children.get(0), "Child.Failed", "first");
    h.failChild(children.get(1), "Child.Failed", "second");

    // then
    assertThat(h.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(h.state().error()).contains("States.ExceedToleratedFailureThreshold");
    assertThatHistory(h).containsTypeSequence("MapRunFailed", "MapStateFailed", "ExecutionFailed");
    assertThat(h.onlyDetails("MapRunFailed").path("error").asText())
        .isEqualTo("States.ExceedToleratedFailureThreshold");
  }

  @Test
  void shouldFailWhenFailuresExceedToleratedFailurePercentage() {
    // given: 1 of 4 is 25 %, 2 of 4 is 50 %
    final ExecutionHarness within = map("\"ToleratedFailurePercentage\": 25,");
    final ExecutionHarness beyond = map("\"ToleratedFailurePercentage\": 25,");
    within.start("[1, 2, 3, 4]");
    beyond.start("[1, 2, 3, 4]");

    // when
    final var w = within.openChildren();
    within.failChild(w.get(0), "E", "");
    w.subList(1, 4).forEach(c -> within.succeedChild(c, "0"));
    final var b = beyond.openChildren();
    beyond.failChild(b.get(0), "E", "");
    beyond.failChild(b.get(1), "E", "");

    // then
    assertThat(within.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(beyond.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(beyond.state().error()).contains("States.ExceedToleratedFailureThreshold");
  }

  @Test
  void shouldIgnoreAChildReportWhenTheMapAlreadyFailed() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "M", "States": {"M": {"Type": "Map", "ToleratedFailureCount": 0,
              "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "W"}], "Next": "W",
              "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED"},
                "StartAt": "I", "States": {"I": {"Type": "Pass", "End": true}}}},
              "W": {"Type": "Wait", "Seconds": 5, "End": true}}}
            """);
    h.start("[1, 2]");
    final List<Effect.StartChildExecution> children = h.openChildren();
    h.failChild(children.get(0), "E", "");

    // when
    final Decision late = h.succeedChild(children.get(1), "2");

    // then
    assertThat(late.isEmpty()).isTrue();
    assertThat(h.status()).isEqualTo(ExecutionStatus.RUNNING);
  }

  @Test
  void shouldIgnoreAChildReportWhenItIsDeliveredTwice() {
    // given
    final ExecutionHarness h = map("");
    h.start("[1, 2, 3]");
    final List<Effect.StartChildExecution> children = h.openChildren();
    h.succeedChild(children.get(0), "\"one\"");

    // when: the same report arrives again (at-least-once delivery)
    final Decision duplicate =
        h.signal(
            new Signal.ChildExecutionCompleted(
                "", 0, ExecutionStatus.SUCCEEDED, Json.parse("\"one\""), null, null));
    h.succeedChild(children.get(1), "\"two\"");

    // then
    assertThat(duplicate.isEmpty()).isTrue();
    assertThat(h.status()).isEqualTo(ExecutionStatus.RUNNING);
    h.succeedChild(children.get(2), "\"three\"");
    assertThat(h.output()).isEqualTo(Json.parse("[\"one\", \"two\", \"three\"]"));
  }

  @Test
  void shouldIgnoreAChildReportForAnIterationThatWasNeverStarted() {
    // given
    final ExecutionHarness h = map("\"MaxConcurrency\": 1,");
    h.start("[1, 2]");

    // when
    final Decision unknown =
        h.signal(
            new Signal.ChildExecutionCompleted(
                "", 1, ExecutionStatus.SUCCEEDED, Json.parse("2"), null, null));

    // then
    assertThat(unknown.isEmpty()).isTrue();
    assertThat(h.openChildren()).extracting(Effect.StartChildExecution::index).containsExactly(0);
  }
}
