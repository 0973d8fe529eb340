package io.baton.engine.interpreter;

import static io.baton.engine.testkit.HistoryAssert.assertThatHistory;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.execution.ExecutionStatus;
import io.baton.engine.json.Json;
import io.baton.engine.testkit.ExecutionHarness;
import io.baton.engine.testkit.HarnessExtension;
import io.baton.engine.testkit.TestExecutions;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CallbackAndActivityTest {
  private static final String ACTIVITY = "arn:aws:states:us-east-1:123456789012:activity:worker";

  @RegisterExtension final HarnessExtension engine = new HarnessExtension();

  private ExecutionHarness callback(String retry) {
    return engine.harness(
        """
        {"StartAt": "T", "States": {"T": {"Type": "Task",
          "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          "Parameters": {"MessageBody": {"token.$": "$$.Task.Token", "in.$": "$.v"}},
          "Retry": %s, "End": true}}}
        """
            .formatted(retry));
  }

  private ExecutionHarness activity(String fields) {
    return engine.harness(
        """
        {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "%s", %s "End": true}}}
        """
            .formatted(ACTIVITY, fields));
  }

  @Test
  void shouldHandTheTaskTokenToParametersWhenResourceWaitsForIt() {
    // given
    final ExecutionHarness h = callback("[]");

    // when
    h.start("{\"v\": 1}");

    // then
    final Effect.InvokeTask task = h.task("T");
    assertThat(task.waitsForTaskToken()).isTrue();
    assertThat(task.taskToken()).isPresent();
    assertThat(task.parameters().path("MessageBody").path("token").asText())
        .isEqualTo(task.taskToken().get());
    assertThat(task.parameters().path("MessageBody").path("in").asInt()).isEqualTo(1);
    final String decoded =
        new String(Base64.getUrlDecoder().decode(task.taskToken().get()), StandardCharsets.UTF_8);
    assertThat(decoded).isEqualTo(TestExecutions.EXECUTION_ARN + "|@2.0");
  }

  @Test
  void shouldMintANewTokenForEachAttempt() {
    // given
    final ExecutionHarness h =
        callback(
            "[{\"ErrorEquals\": [\"States.ALL\"], \"IntervalSeconds\": 1, \"MaxAttempts\": 1}]");
    h.start("{\"v\": 1}");
    final String first = h.task("T").taskToken().orElseThrow();

    // when
    h.fail("T", "Nope", "");
    h.fireNextTimer();

    // then
    assertThat(h.task("T").taskToken()).isPresent().get().isNotEqualTo(first);
  }

  @Test
  void shouldUseTheTokenMinterItIsGiven() {
    // given
    final ExecutionHarness h =
        engine.track(
            ExecutionHarness.builder(
                    """
                    {"StartAt": "T", "States": {"T": {"Type": "Task", "End": true,
                      "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                      "Parameters": {"t.$": "$$.Task.Token"}}}}
                    """)
                .tokens((info, taskId) -> "signed:" + info.name() + ":" + taskId)
                .build());

    // when
    h.start("{}");

    // then
    assertThat(h.task("T").parameters())
        .isEqualTo(Json.parse("{\"t\": \"signed:test-execution:@2.0\"}"));
  }

  @Test
  void shouldScheduleAnActivityWhenResourceIsAnActivityArn() {
    // given
    final ExecutionHarness h = activity("\"TimeoutSeconds\": 60, \"HeartbeatSeconds\": 20,");

    // when
    h.start("{\"job\": 7}");

    // then
    assertThat(h.task("A").isActivity()).isTrue();
    assertThatHistory(h).hasTypes("ExecutionStarted", "TaskStateEntered", "ActivityScheduled");
    assertThat(h.onlyDetails("ActivityScheduled"))
        .isEqualTo(
            Json.parse(
                """
                {"resource": "%s", "input": {"job": 7}, "inputDetails": {"truncated": false},
                 "timeoutInSeconds": 60, "heartbeatInSeconds": 20}
                """
                    .formatted(ACTIVITY)));
  }

  @Test
  void shouldRecordTheWorkerWhenAnActivityIsTakenAndItsResultWhenItSucceeds() {
    // given
    final ExecutionHarness h = activity("");
    h.start("{}");

    // when
    h.taskStarted("A", "worker-1");
    h.succeed("A", "{\"done\": true}");

    // then
    assertThatHistory(h)
        .hasTypes(
            "ExecutionStarted",
            "TaskStateEntered",
            "ActivityScheduled",
            "ActivityStarted",
            "ActivitySucceeded",
            "TaskStateExited",
            "ExecutionSucceeded");
    assertThat(h.onlyDetails("ActivityStarted").path("workerName").asText()).isEqualTo("worker-1");
    assertThat(h.output()).isEqualTo(Json.parse("{\"done\": true}"));
  }

  @Test
  void shouldRecordActivityStartedOnceWhenTheTaskIsHandedOutTwice() {
    // given: a queue refilled after a node was lost hands the same task to a second worker
    final ExecutionHarness h = activity("");
    h.start("{}");
    h.taskStarted("A", "worker-1");

    // when
    h.taskStarted("A", "worker-2");
    h.succeed("A", "{\"done\": true}");

    // then
    assertThatHistory(h)
        .hasTypes(
            "ExecutionStarted",
            "TaskStateEntered",
            "ActivityScheduled",
            "ActivityStarted",
            "ActivitySucceeded",
            "TaskStateExited",
            "ExecutionSucceeded");
    assertThat(h.onlyDetails("ActivityStarted").path("workerName").asText()).isEqualTo("worker-1");
  }

  @Test
  void shouldRecordActivityStartedAgainForTheRetriedAttempt() {
    // given
    final ExecutionHarness h =
        activity(
            "\"Retry\": [{\"ErrorEquals\": [\"States.ALL\"], \"IntervalSeconds\": 1,"
                + " \"MaxAttempts\": 1}],");
    h.start("{}");
    h.taskStarted("A", "worker-1");
    h.fail("A", "Nope", "");
    h.fireNextTimer();

    // when
    h.taskStarted("A", "worker-2");
    h.succeed("A", "{}");

    // then
    assertThat(h.history().stream().filter(e -> e.type().equals("ActivityStarted")).count())
        .isEqualTo(2);
  }

  @Test
  void shouldWriteActivityFailedWhenAnActivityFails() {
    // given
    final ExecutionHarness h = activity("");
    h.start("{}");

    // when
    h.fail("A", "Worker.Error", "bad input");

    // then
    assertThat(h.onlyDetails("ActivityFailed"))
        .isEqualTo(Json.parse("{\"error\": \"Worker.Error\", \"cause\": \"bad input\"}"));
    assertThat(h.status()).isEqualTo(ExecutionStatus.FAILED);
  }

  @Test
  void shouldWriteActivityTimedOutWhenAnActivityTimesOut() {
    // given
    final ExecutionHarness h = activity("\"HeartbeatSeconds\": 3,");
    h.start("{}");

    // when
    h.fireNextTimer();

    // then
    assertThatHistory(h).containsTypeSequence("ActivityTimedOut", "ExecutionFailed");
    assertThat(h.state().error()).contains("States.HeartbeatTimeout");
  }

  @Test
  void shouldIgnoreTaskStartedWhenTheResourceIsNotAnActivity() {
    // given
    final ExecutionHarness h = callback("[]");
    h.start("{\"v\": 1}");

    // when
    final Decision decision = h.taskStarted("T", "someone");

    // then
    assertThat(decision.isEmpty()).isTrue();
  }
}
