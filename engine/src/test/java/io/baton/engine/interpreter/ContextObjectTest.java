package io.baton.engine.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.json.Json;
import io.baton.engine.testkit.ExecutionHarness;
import io.baton.engine.testkit.HarnessExtension;
import io.baton.engine.testkit.TestExecutions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ContextObjectTest {
  @RegisterExtension final HarnessExtension engine = new HarnessExtension();

  @Test
  void shouldExposeExecutionStateMachineAndStateFields() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "W", "States": {
              "W": {"Type": "Wait", "Seconds": 90, "Next": "Read"},
              "Read": {"Type": "Pass", "End": true, "Parameters": {
                "id.$": "$$.Execution.Id", "name.$": "$$.Execution.Name",
                "start.$": "$$.Execution.StartTime", "role.$": "$$.Execution.RoleArn",
                "input.$": "$$.Execution.Input", "redrives.$": "$$.Execution.RedriveCount",
                "machine.$": "$$.StateMachine.Id", "machineName.$": "$$.StateMachine.Name",
                "state.$": "$$.State.Name", "entered.$": "$$.State.EnteredTime"}}}}
            """);
    h.start("{\"k\": \"v\"}");

    // when
    h.advance(Duration.ofSeconds(90));

    // then
    assertThat(h.output())
        .isEqualTo(
            Json.parse(
                """
                {"id": "%s", "name": "test-execution",
                 "start": "2024-01-01T00:00:00.000Z", "role": "%s",
                 "input": {"k": "v"}, "redrives": 0,
                 "machine": "%s", "machineName": "TestMachine",
                 "state": "Read", "entered": "2024-01-01T00:01:30.000Z"}
                """
                    .formatted(
                        TestExecutions.EXECUTION_ARN,
                        TestExecutions.ROLE_ARN,
                        TestExecutions.STATE_MACHINE_ARN)));
  }

  @Test
  void shouldReadTheContextObjectWithAPlainPathInInputPath() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "P", "States": {
              "P": {"Type": "Pass", "InputPath": "$$.Execution.Input.inner", "End": true}}}
            """);

    // when
    h.start("{\"inner\": [1]}");

    // then
    assertThat(h.output()).isEqualTo(Json.parse("[1]"));
  }

  @Test
  void shouldCountRetriesInTheContextOfATask() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "T", "States": {"T": {"Type": "Task", "End": true,
              "Resource": "arn:aws:states:::lambda:invoke",
              "Parameters": {"retry.$": "$$.State.RetryCount", "entered.$": "$$.State.EnteredTime"},
              "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 5}]}}}
            """);
    h.start("{}");

    // when
    h.fail("T", "E", "");
    h.fireNextTimer();

    // then: a retry does not re-enter the state
    assertThat(h.task("T").parameters())
        .isEqualTo(Json.parse("{\"retry\": 1, \"entered\": \"2024-01-01T00:00:00.000Z\"}"));
  }

  @Test
  void shouldExposeTheMapItemOnlyInItemSelector() {
    // given
    final ExecutionHarness h =
        engine.harness(
            """
            {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
              "ItemSelector": {"i.$": "$$.Map.Item.Index", "state.$": "$$.State.Name"},
              "ItemProcessor": {"StartAt": "In", "States": {"In": {"Type": "Pass",
                "Parameters": {"outer.$": "$", "state.$": "$$.State.Name"}, "End": true}}}}}}
            """);

    // when
    h.start("[\"x\"]");

    // then
    assertThat(h.output())
        .isEqualTo(Json.parse("[{\"outer\": {\"i\": 0, \"state\": \"M\"}, \"state\": \"In\"}]"));
  }
}
