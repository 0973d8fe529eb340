package io.baton.engine.interpreter;

import static io.baton.engine.testkit.HistoryAssert.assertThatHistory;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.execution.ExecutionStatus;
import io.baton.engine.json.Json;
import io.baton.engine.testkit.ExecutionHarness;
import io.baton.engine.testkit.FakeClock;
import io.baton.engine.testkit.HarnessExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TaskStateTest {
  private static final Instant T0 = FakeClock.DEFAULT_START;
  private static final String LAMBDA = "arn:aws:states:::lambda:invoke";

  @RegisterExtension final HarnessExtension engine = new HarnessExtension();

  private ExecutionHarness task(String fields) {
    return engine.harness(
        """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "%s", %s "End": true}}}
        """
            .formatted(LAMBDA, fields));
  }

  @Test
  void shouldAskForTheCallWithEffectiveParametersWhenEntered() {
    // given
    final ExecutionHarness h =
        task(
            "\"Parameters\": {\"FunctionName\": \"f\", \"Payload.$\": \"$.p\"},"
                + " \"TimeoutSeconds\": 30, \"HeartbeatSeconds\": 10,");

    // when
    final Decision decision = h.start("{\"p\": {\"n\": 1}}");

    // then
    assertThat(decision.effects())
        .containsExactly(
            new Effect.StartTimer("timeout:@2.0", T0.plusSeconds(30)),
            new Effect.StartTimer("heartbeat:@2.0:0", T0.plusSeconds(10)),
            new Effect.InvokeTask(
                "@2.0",
                "",
                "T",
                LAMBDA,
                Json.parse("{\"FunctionName\": \"f\", \"Payload\": {\"n\": 1}}"),
                0,
                Optional.of(30),
                Optional.of(10),
                Optional.empty()));
    assertThatHistory(h)
        .hasTypes("ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted");
    assertThat(h.onlyDetails("TaskScheduled"))
        .isEqualTo(
            Json.parse(
                """
                {"resourceType": "lambda", "resource": "invoke", "region": "us-east-1",
                 "parameters": {"FunctionName": "f", "Payload": {"n": 1}},
                 "timeoutInSeconds": 30, "heartbeatInSeconds": 10}
                """));
  }

  @Test
  void shouldUseTheDefaultTimeoutWhenNoneIsSet() {
    // given
    final ExecutionHarness h = task("");

    // when
    h.start("{}");

    // then
    assertThat(h.pendingTimers()).containsEntry("timeout:@2.0", T0.plusSeconds(99_999_999));
    assertThat(h.task("T").timeoutSeconds()).isEmpty();
    assertThat(h.onlyDetails("TaskScheduled").has("timeoutInSeconds")).isFalse();
  }

  @Test
  void shouldReadTimeoutsFromInputWhenPathsAreSet() {
    // given
    final ExecutionHarness h =
        task("\"TimeoutSecondsPath\": \"$.t\", \"HeartbeatSecondsPath\": \"$.hb\",");

    // when
    h.start("{\"t\": 40, \"hb\": 4}");

    // then
    assertThat(h.task("T").timeoutSeconds()).contains(40);
    assertThat(h.task("T").heartbeatSeconds()).contains(4);
  }

  @Test
  void shouldFailWithRuntimeErrorWhenTimeoutSecondsPathIsNotPositive() {
    // given
    final ExecutionHarness h = task("\"TimeoutSecondsPath\": \"$.t\",");

    // when
    h.start("{\"t\": 0}");

    // then
    assertThat(h.state().error()).contains("States.Runtime");
    assertThat(h.state().cause().orElseThrow())
        .endsWith(
            "The TimeoutSecondsPath field refers to value 0 which is not a valid positive"
                + " integer: $.t");
  }

  @Test
  void shouldProcessTheResultWhenTheTaskSucceeds() {
    // given
    final ExecutionHarness h =
        task(
            "\"ResultSelector\": {\"v.$\": \"$.Payload.value\"}, \"ResultPath\": \"$.res\","
                + " \"OutputPath\": \"$.res\",");
    h.start("{\"in\": 1}");
    h.clock().advance(Duration.ofSeconds(2));

    // when
    final Decision decision = h.succeed("T", "{\"Payload\": {\"value\": 42}, \"StatusCode\": 200}");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("{\"v\": 42}"));
    assertThat(decision.effects()).startsWith(new Effect.CancelTimer("timeout:@2.0"));
    assertThatHistory(h)
        .hasTypes(
            "ExecutionStarted",
            "TaskStateEntered",
            "TaskScheduled",
            "TaskStarted",
            "TaskSucceeded",
            "TaskStateExited",
            "ExecutionSucceeded");
    assertThat(h.history().get(4).timestamp()).isEqualTo(T0.plusSeconds(2));
    assertThat(h.onlyDetails("TaskSucceeded").path("output"))
        .isEqualTo(Json.parse("{\"Payload\": {\"value\": 42}, \"StatusCode\": 200}"));
  }

  @Test
  void shouldFailTheExecutionWithTheTaskErrorWhenNothingCatchesIt() {
    // given
    final ExecutionHarness h = task("\"HeartbeatSeconds\": 5,");
    h.start("{}");

    // when
    final Decision decision = h.fail("T", "Lambda.Boom", "it broke");

    // then
    assertThat(h.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(h.state().error()).contains("Lambda.Boom");
    assertThat(h.state().cause()).contains("it broke");
    assertThat(decision.effects())
        .containsExactly(
            new Effect.CancelTimer("timeout:@2.0"),
            new Effect.CancelTimer("heartbeat:@2.0:0"),
            new Effect.ExecutionEnded(
                ExecutionStatus.FAILED,
                Optional.empty(),
                Optional.of("Lambda.Boom"),
                Optional.of("it broke")));
    assertThat(h.onlyDetails("TaskFailed"))
        .isEqualTo(
            Json.parse(
                "{\"resourceType\": \"lambda\", \"resource\": \"invoke\","
                    + " \"error\": \"Lambda.Boom\", \"cause\": \"it broke\"}"));
    assertThatHistory(h).containsTypeSequence("TaskFailed", "ExecutionFailed");
  }

  @Test
  void shouldFailWithResultPathMatchFailureWhenResultCannotBePlaced() {
    // given
    final ExecutionHarness h = task("\"ResultPath\": \"$.a\",");
    h.start("\"text\"");

    // when
    h.succeed("T", "{}");

    // then
    assertThat(h.state().error()).contains("States.ResultPathMatchFailure");
    assertThat(h.state().cause().orElseThrow())
        .endsWith("Unable to apply ReferencePath $.a to input \"text\"");
    assertThatHistory(h).containsTypeSequence("TaskSucceeded", "ExecutionFailed");
  }

  @Test
  void shouldSplitTheResourceArnInTaskEvents() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "T", "States": {"T": {"Type": "Task", "End": true,
              "Resource": "arn:aws:lambda:eu-west-1:123456789012:function:fn"}}}
            """);

    // when
    h.start("{}");

    // then
    final var scheduled = h.onlyDetails("TaskScheduled");
    assertThat(scheduled.path("resourceType").asText()).isEqualTo("lambda");
    assertThat(scheduled.path("resource").asText())
        .isEqualTo("arn:aws:lambda:eu-west-1:123456789012:function:fn");
    assertThat(scheduled.path("region").asText()).isEqualTo("eu-west-1");
  }
}
