package io.baton.node.api.aws;

import static io.baton.node.api.aws.Fixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.node.api.aws.AwsCall.Answer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The execution actions' answers, GetExecutionHistory's paging and data filtering included. */
class ExecutionActionsTest {
  private static AwsApiTestServer server;
  private static String passMachine;
  private static String activityMachine;

  @BeforeAll
  static void start() throws Exception {
    server = AwsApiTestServer.start();
    passMachine = Fixtures.createMachine(server, "pass", Fixtures.PASS);
    final String activity = Fixtures.createActivity(server, "work");
    activityMachine =
        Fixtures.createMachine(server, "waits", Fixtures.activityDefinition(activity));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void shouldStartAnExecution() {
    // when
    final Answer answer =
        server
            .call("StartExecution")
            .body(body("stateMachineArn", passMachine, "name", "first-run", "input", "{\"a\":1}"))
            .send();

    // then
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().fieldNames())
        .toIterable()
        .containsExactly("executionArn", "startDate");
    assertThat(answer.json().path("executionArn").asText())
        .isEqualTo("arn:aws:states:us-east-1:123456789012:execution:pass:first-run");
    assertThat(answer.json().path("startDate").isFloatingPointNumber()).isTrue();
  }

  @Test
  void shouldRunASyncExecutionToItsEnd() {
    // when
    final JsonNode json =
        server
            .call("StartSyncExecution")
            .body(body("stateMachineArn", passMachine, "input", "{\"b\":2}"))
            .send()
            .json();

    // then
    assertThat(json.path("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(json.path("executionArn").asText()).contains(":execution:pass:");
    assertThat(json.path("stateMachineArn").asText()).isEqualTo(passMachine);
    assertThat(json.path("name").asText()).isNotEmpty();
    assertThat(json.path("startDate").isFloatingPointNumber()).isTrue();
    assertThat(json.path("stopDate").isFloatingPointNumber()).isTrue();
    assertThat(json.path("input").asText()).isEqualTo("{\"b\":2}");
    assertThat(json.path("output").asText()).isEqualTo("{\"b\":2}");
    assertThat(json.path("inputDetails").path("included").asBoolean()).isTrue();
    assertThat(json.path("billingDetails").path("billedMemoryUsedInMB").asLong()).isEqualTo(64);
    assertThat(json.path("billingDetails").path("billedDurationInMilliseconds").asLong())
        .isEqualTo(100);
    assertThat(json.has("error")).isFalse();
  }

  @Test
  void shouldReportTheErrorOfAFailedSyncExecution() {
    // given
    final String failing = Fixtures.createMachine(server, Fixtures.unique("fails"), Fixtures.FAIL);

    // when
    final JsonNode json =
        server.call("StartSyncExecution").body(body("stateMachineArn", failing)).send().json();

    // then
    assertThat(json.path("status").asText()).isEqualTo("FAILED");
    assertThat(json.path("error").asText()).isEqualTo("Boom");
    assertThat(json.path("cause").asText()).isEqualTo("bad");
    assertThat(json.path("input").asText()).isEqualTo("{}");
    assertThat(json.has("output")).isFalse();
  }

  @Test
  void shouldDescribeARunningExecution() {
    // given
    final String execution = Fixtures.startExecution(server, activityMachine, "{\"job\":1}");

    // when
    final JsonNode json =
        server.call("DescribeExecution").body(body("executionArn", execution)).send().json();

    // then
    assertThat(json.path("executionArn").asText()).isEqualTo(execution);
    assertThat(json.path("stateMachineArn").asText()).isEqualTo(activityMachine);
    assertThat(json.path("status").asText()).isEqualTo("RUNNING");
    assertThat(json.path("input").asText()).isEqualTo("{\"job\":1}");
    assertThat(json.path("startDate").isFloatingPointNumber()).isTrue();
    assertThat(json.has("stopDate")).isFalse();
    assertThat(json.has("output")).isFalse();
    assertThat(json.path("redriveCount").asInt(-1)).isZero();
  }

  @Test
  void shouldStopAnExecution() {
    // given
    final String execution = Fixtures.startExecution(server, activityMachine, "{}");

    // when
    final Answer answer =
        server
            .call("StopExecution")
            .body(body("executionArn", execution, "error", "Halt", "cause", "operator"))
            .send();

    // then
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().path("stopDate").isFloatingPointNumber()).isTrue();
    final JsonNode described =
        server.call("DescribeExecution").body(body("executionArn", execution)).send().json();
    assertThat(described.path("status").asText()).isEqualTo("ABORTED");
    assertThat(described.path("error").asText()).isEqualTo("Halt");
  }

  @Test
  void shouldListExecutionsByStatus() {
    // given
    final String machine = Fixtures.createMachine(server, Fixtures.unique("listed"), Fixtures.PASS);
    final String done = Fixtures.startExecution(server, machine, "{}");

    // when
    final JsonNode succeeded =
        server
            .call("ListExecutions")
            .body(body("stateMachineArn", machine, "statusFilter", "SUCCEEDED"))
            .send()
            .json();
    final JsonNode running =
        server
            .call("ListExecutions")
            .body(body("stateMachineArn", machine, "statusFilter", "RUNNING"))
            .send()
            .json();

    // then
    assertThat(succeeded.path("executions").size()).isEqualTo(1);
    final JsonNode item = succeeded.path("executions").get(0);
    assertThat(item.fieldNames())
        .toIterable()
        .containsExactly(
            "executionArn", "stateMachineArn", "name", "status", "startDate", "stopDate");
    assertThat(item.path("executionArn").asText()).isEqualTo(done);
    assertThat(running.path("executions").size()).isZero();
    assertThat(running.has("nextToken")).isFalse();
  }

  @Test
  void shouldRenderTheHistoryAsAws() {
    // given
    final String execution = Fixtures.startExecution(server, passMachine, "{\"x\":[1,2]}");
    final Run run = server.service.runs.get(execution);

    // when
    final JsonNode events = history(execution, "").path("events");

    // then
    assertThat(events.size()).isEqualTo(4);
    final JsonNode started = events.get(0);
    assertThat(started.path("type").asText()).isEqualTo("ExecutionStarted");
    assertThat(started.path("id").asLong()).isEqualTo(1);
    assertThat(started.path("previousEventId").asLong()).isZero();
    assertThat(started.path("timestamp").decimalValue().doubleValue())
        .isEqualTo(run.startDate.toEpochMilli() / 1000.0);
    final JsonNode details = started.path("executionStartedEventDetails");
    assertThat(details.path("input").asText()).isEqualTo("{\"x\":[1,2]}");
    assertThat(details.path("roleArn").asText()).isEqualTo(Fixtures.ROLE);
    assertThat(events.get(1).path("stateEnteredEventDetails").path("name").asText()).isEqualTo("P");
    assertThat(events.get(3).path("executionSucceededEventDetails").path("output").asText())
        .isEqualTo("{\"x\":[1,2]}");
  }

  @Test
  void shouldLeaveOutInputsAndOutputsWithoutExecutionData() {
    // given
    final String execution = Fixtures.startExecution(server, passMachine, "{\"secret\":1}");

    // when
    final JsonNode events = history(execution, ",\"includeExecutionData\":false").path("events");

    // then
    assertThat(events.toString()).doesNotContain("secret");
    final JsonNode started = events.get(0).path("executionStartedEventDetails");
    assertThat(started.has("input")).isFalse();
    assertThat(started.path("roleArn").asText()).isEqualTo(Fixtures.ROLE);
    assertThat(started.path("inputDetails").path("truncated").asBoolean(true)).isFalse();
    assertThat(events.get(1).path("stateEnteredEventDetails").path("name").asText()).isEqualTo("P");
  }

  @Test
  void shouldPageTheHistoryInReverse() {
    // given
    final String execution = Fixtures.startExecution(server, passMachine, "{}");

    // when
    final List<Long> ids = new ArrayList<>();
    String extra = ",\"reverseOrder\":true,\"maxResults\":3";
    while (extra != null) {
      final JsonNode page = history(execution, extra);
      page.path("events").forEach(e -> ids.add(e.path("id").asLong()));
      extra =
          page.has("nextToken")
              ? ",\"reverseOrder\":true,\"maxResults\":3,\"nextToken\":\""
                  + page.path("nextToken").asText()
                  + "\""
              : null;
    }

    // then
    assertThat(ids).containsExactly(4L, 3L, 2L, 1L);
  }

  private static JsonNode history(String execution, String extraMembers) {
    final Answer answer =
        server
            .call("GetExecutionHistory")
            .body("{\"executionArn\":\"" + execution + "\"" + extraMembers + "}")
            .send();
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }
}
