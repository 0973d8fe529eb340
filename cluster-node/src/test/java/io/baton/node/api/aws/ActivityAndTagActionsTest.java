package io.baton.node.api.aws;

import static io.baton.node.api.aws.Fixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.node.api.aws.AwsCall.Answer;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Activities, the task callbacks of workers, and tags. */
class ActivityAndTagActionsTest {
  private static AwsApiTestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = AwsApiTestServer.withPollTimeout(Duration.ofSeconds(7));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void shouldCreateDescribeListAndDeleteAnActivity() {
    // given
    final String name = Fixtures.unique("activity");

    // when
    final JsonNode created = server.call("CreateActivity").body(body("name", name)).send().json();
    final String arn = created.path("activityArn").asText();
    final JsonNode described =
        server.call("DescribeActivity").body(body("activityArn", arn)).send().json();
    final JsonNode listed = server.call("ListActivities").send().json();
    final Answer deleted = server.call("DeleteActivity").body(body("activityArn", arn)).send();

    // then
    assertThat(created.fieldNames()).toIterable().containsExactly("activityArn", "creationDate");
    assertThat(arn).isEqualTo(Fixtures.ACTIVITY_PREFIX + name);
    assertThat(described.path("name").asText()).isEqualTo(name);
    assertThat(described.path("creationDate").decimalValue())
        .isEqualTo(created.path("creationDate").decimalValue());
    assertThat(listed.path("activities").findValuesAsText("activityArn")).contains(arn);
    assertThat(deleted.body()).isEqualTo("{}");
    assertThat(server.call("DescribeActivity").body(body("activityArn", arn)).send().type())
        .isEqualTo("ActivityDoesNotExist");
  }

  @Test
  void shouldHandATaskToAWorkerAndTakeItsResult() {
    // given
    final String activity = Fixtures.createActivity(server, Fixtures.unique("worker"));
    final String machine =
        Fixtures.createMachine(
            server, Fixtures.unique("uses-worker"), Fixtures.activityDefinition(activity));
    final String execution = Fixtures.startExecution(server, machine, "{\"n\":3}");

    // when
    final JsonNode task =
        server
            .call("GetActivityTask")
            .body(body("activityArn", activity, "workerName", "w1"))
            .send()
            .json();
    final String token = task.path("taskToken").asText();
    final Answer heartbeat = server.call("SendTaskHeartbeat").body(body("taskToken", token)).send();
    final Answer success =
        server.call("SendTaskSuccess").body(body("taskToken", token, "output", "[9]")).send();

    // then
    assertThat(task.path("input").asText()).isEqualTo("{\"n\":3}");
    assertThat(heartbeat.body()).isEqualTo("{}");
    assertThat(success.body()).isEqualTo("{}");
    final JsonNode described =
        server.call("DescribeExecution").body(body("executionArn", execution)).send().json();
    assertThat(described.path("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(described.path("output").asText()).isEqualTo("[9]");
  }

  @Test
  void shouldAnswerAnEmptyObjectWhenNoTaskArrives() {
    // given
    final String activity = Fixtures.createActivity(server, Fixtures.unique("idle"));

    // when
    final Answer answer = server.call("GetActivityTask").body(body("activityArn", activity)).send();

    // then
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("{}");
    assertThat(server.service.lastPollWait).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void shouldFailATaskForItsWorker() {
    // given
    final String activity = Fixtures.createActivity(server, Fixtures.unique("failing"));
    final String machine =
        Fixtures.createMachine(
            server, Fixtures.unique("fails-task"), Fixtures.activityDefinition(activity));
    final String execution = Fixtures.startExecution(server, machine, "{}");
    final String token =
        server
            .call("GetActivityTask")
            .body(body("activityArn", activity))
            .send()
            .json()
            .path("taskToken")
            .asText();

    // when
    final Answer answer =
        server
            .call("SendTaskFailure")
            .body(body("taskToken", token, "error", "Worker.Crashed", "cause", "disk"))
            .send();

    // then
    assertThat(answer.body()).isEqualTo("{}");
    final JsonNode described =
        server.call("DescribeExecution").body(body("executionArn", execution)).send().json();
    assertThat(described.path("status").asText()).isEqualTo("FAILED");
    assertThat(described.path("error").asText()).isEqualTo("Worker.Crashed");
  }

  @Test
  void shouldAnswerInvalidTokenForAnUnknownToken() {
    // when
    final Answer answer =
        server.call("SendTaskSuccess").body(body("taskToken", "nope", "output", "{}")).send();

    // then
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.type()).isEqualTo("InvalidToken");
  }

  @Test
  void shouldTagListAndUntagAResource() {
    // given
    final String arn = Fixtures.createMachine(server, Fixtures.unique("tagged"), Fixtures.PASS);

    // when
    final Answer tagged =
        server
            .call("TagResource")
            .body(
                "{\"resourceArn\":\""
                    + arn
                    + "\",\"tags\":[{\"key\":\"env\",\"value\":\"dev\"},"
                    + "{\"key\":\"team\",\"value\":\"core\"}]}")
            .send();
    final Answer untagged =
        server
            .call("UntagResource")
            .body("{\"resourceArn\":\"" + arn + "\",\"tagKeys\":[\"team\"]}")
            .send();
    final JsonNode listed =
        server.call("ListTagsForResource").body(body("resourceArn", arn)).send().json();

    // then
    assertThat(tagged.body()).isEqualTo("{}");
    assertThat(untagged.body()).isEqualTo("{}");
    assertThat(listed.toString()).isEqualTo("{\"tags\":[{\"key\":\"env\",\"value\":\"dev\"}]}");
  }

  @Test
  void shouldAnswerResourceNotFoundForTagsOfAMissingResource() {
    // when
    final Answer answer =
        server
            .call("ListTagsForResource")
            .body(body("resourceArn", Fixtures.ACTIVITY_PREFIX + "missing"))
            .send();

    // then
    assertThat(answer.type()).isEqualTo("ResourceNotFound");
  }
}
