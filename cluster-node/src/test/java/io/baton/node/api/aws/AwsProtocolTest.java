package io.baton.node.api.aws;

import static io.baton.node.api.aws.Fixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.node.api.aws.AwsCall.Answer;
import io.baton.node.service.BatonException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The AWS JSON 1.0 protocol itself: targets, bodies, content types, error shapes and statuses. */
class AwsProtocolTest {
  private static AwsApiTestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = AwsApiTestServer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void shouldAnswerInAmzJsonWithARequestId() {
    // when
    final Answer answer = server.call("ListStateMachines").send();

    // then
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.headers()).containsEntry("content-type", "application/x-amz-json-1.0");
    assertThat(answer.headers().get("x-amzn-requestid")).hasSize(36);
    assertThat(answer.json().path("stateMachines").isArray()).isTrue();
  }

  @Test
  void shouldAnswerErrorsInAmzJsonWithTypeAndMessage() {
    // when
    final Answer answer = server.call("NoSuchAction").send();

    // then
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.headers()).containsEntry("content-type", "application/x-amz-json-1.0");
    assertThat(answer.headers()).containsEntry("x-amzn-errortype", "UnknownOperationException");
    assertThat(answer.json().fieldNames()).toIterable().containsExactly("__type", "message");
  }

  @Test
  void shouldAnswerUnknownOperationWhenTargetIsMissing() {
    // when
    final Answer answer = AwsCall.to(server.port()).send();

    // then
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.type()).isEqualTo("UnknownOperationException");
    assertThat(answer.message()).contains("X-Amz-Target");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AWSStepFunctions.NoSuchAction",
        "AWSStepFunctions.",
        "DynamoDB_20120810.ListTables",
        "ListStateMachines",
        "awsstepfunctions.ListStateMachines"
      })
  void shouldAnswerUnknownOperationWhenTargetIsUnknown(String target) {
    // when
    final Answer answer = AwsCall.to(server.port()).header("X-Amz-Target", target).send();

    // then
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.type()).isEqualTo("UnknownOperationException");
  }

  @Test
  void shouldSayWhichStepFunctionsActionsAreNotImplemented() {
    // when
    final Answer answer = server.call("TestState").send();

    // then
    assertThat(answer.type()).isEqualTo("UnknownOperationException");
    assertThat(answer.message()).contains("does not implement AWSStepFunctions.TestState");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{not json", "{\"a\":1", "{} {}", "\u0000", "{\"a\":1,}"})
  void shouldAnswerSerializationExceptionWhenBodyIsNotJson(String body) {
    // when
    final Answer answer = server.call("ListStateMachines").body(body).send();

    // then
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.type()).isEqualTo("SerializationException");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "[{}]", "\"text\"", "42", "null", "true"})
  void shouldAnswerSerializationExceptionWhenBodyIsNotAnObject(String body) {
    // when
    final Answer answer = server.call("ListStateMachines").body(body).send();

    // then
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.type()).isEqualTo("SerializationException");
  }

  @Test
  void shouldTreatAnEmptyBodyAsAnEmptyObject() {
    // when
    final Answer answer = server.call("ListActivities").body("").send();

    // then
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().path("activities").isArray()).isTrue();
  }

  @Test
  void shouldAcceptApplicationJson() {
    // when
    final Answer answer =
        server.call("ListStateMachines").header("Content-Type", "application/json").send();

    // then
    assertThat(answer.status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/xml"})
  void shouldRejectOtherContentTypes(String contentType) {
    // when
    final Answer answer =
        server.call("ListStateMachines").header("Content-Type", contentType).send();

    // then
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.type()).isEqualTo("SerializationException");
    assertThat(answer.message()).contains(contentType);
  }

  @Test
  void shouldRejectARequestWithoutContentType() {
    // when
    final Answer answer = server.call("ListStateMachines").without("Content-Type").send();

    // then
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.type()).isEqualTo("SerializationException");
  }

  @Test
  void shouldAcceptRequestsAddressedToTheSyncHost() {
    // given
    final String machine =
        Fixtures.createMachine(server, Fixtures.unique("sync-host"), Fixtures.PASS);

    // when
    final Answer answer =
        server
            .call("StartSyncExecution")
            .header("Host", "sync-states.us-east-1.amazonaws.com")
            .body(body("stateMachineArn", machine, "input", "{\"a\":1}"))
            .send();

    // then
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().path("status").asText()).isEqualTo("SUCCEEDED");
  }

  @Test
  void shouldAnswerRequestEntityTooLargeOverTheRequestLimit() {
    // given
    final String huge = "x".repeat(AwsApiSettings.defaults().maxRequestBytes() + 1);

    // when
    final Answer answer =
        server.call("ValidateStateMachineDefinition").body(body("definition", huge)).send();

    // then
    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.type()).isEqualTo("RequestEntityTooLargeException");
  }

  @Test
  void shouldAnswerRequestEntityTooLargeForAnOversizedChunkedBody() {
    // given
    final String huge = "x".repeat(AwsApiSettings.defaults().maxRequestBytes() + 1);

    // when
    final Answer answer =
        server
            .call("ValidateStateMachineDefinition")
            .body(body("definition", huge))
            .chunked()
            .send();

    // then
    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.type()).isEqualTo("RequestEntityTooLargeException");
  }

  @Test
  void shouldAnswerRequestEntityTooLargeWhenAkkasOwnLimitIsLower() throws Exception {
    try (AwsApiTestServer small =
        AwsApiTestServer.withConfig("akka.http.server.parsing.max-content-length = 1m")) {
      // given
      final String big = "x".repeat(1_500_000);

      // when
      final Answer declared =
          small.call("ValidateStateMachineDefinition").body(body("definition", big)).send();
      final Answer chunked =
          small
              .call("ValidateStateMachineDefinition")
              .body(body("definition", big))
              .chunked()
              .send();

      // then
      assertThat(declared.status()).isEqualTo(413);
      assertThat(declared.type()).isEqualTo("RequestEntityTooLargeException");
      assertThat(chunked.status()).isEqualTo(413);
      assertThat(chunked.type()).isEqualTo("RequestEntityTooLargeException");
    }
  }

  @Test
  void shouldReadAChunkedBody() {
    // when
    final Answer answer =
        server.call("ListStateMachines").body("{\"maxResults\": 5}").chunked().send();

    // then
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET /", "POST /other", "PUT /", "GET /2016-11-23/"})
  void shouldAnswerOtherMethodsAndPathsInTheAwsErrorShape(String request) {
    // given
    final String[] parts = request.split(" ");

    // when
    final Answer answer = server.call("ListStateMachines").method(parts[0], parts[1]).send();

    // then
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.type()).isEqualTo("UnknownOperationException");
  }

  @Test
  void shouldAnswerServiceRefusalsWithTheirAwsName() {
    // when
    final Answer answer =
        server
            .call("DescribeStateMachine")
            .body(body("stateMachineArn", Fixtures.MACHINE_PREFIX + "missing"))
            .send();

    // then
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.type()).isEqualTo("StateMachineDoesNotExist");
    assertThat(answer.message()).contains("missing");
  }

  @Test
  void shouldKeepAwsStatusesOfNon400ServiceErrors() {
    // given
    server.service.nextFailure = new BatonException("ConflictException", "concurrent update");

    // when
    final Answer answer = server.call("ListStateMachines").send();

    // then
    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.type()).isEqualTo("ConflictException");
  }

  @Test
  void shouldAnswerInternalFailureOnlyWhenTheNodeBreaks() {
    // given
    server.service.nextFailure = new IllegalStateException("secret internals");

    // when
    final Answer answer = server.call("ListStateMachines").send();

    // then
    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.type()).isEqualTo("InternalFailure");
    assertThat(answer.message()).doesNotContain("secret internals");
  }

  @Test
  void shouldAnswerAnHttpRequestTimeoutInTheAwsErrorShape() throws Exception {
    try (AwsApiTestServer impatient =
        AwsApiTestServer.withConfig("akka.http.server.request-timeout = 1 s")) {
      // given
      final String activity = Fixtures.createActivity(impatient, "slow");
      impatient.service.emptyPollOverrun = Duration.ofSeconds(5);

      // when
      final Answer answer =
          impatient.call("GetActivityTask").body(body("activityArn", activity)).send();

      // then
      assertThat(answer.status()).isEqualTo(503);
      assertThat(answer.type()).isEqualTo("ServiceUnavailable");
    }
  }

  @Test
  void shouldAnswerServiceUnavailableWhenTheNodeTimesOut() {
    // given
    server.service.nextFailure = new CompletionException(new TimeoutException("ask timed out"));

    // when
    final Answer answer = server.call("ListActivities").send();

    // then
    assertThat(answer.status()).isEqualTo(503);
    assertThat(answer.type()).isEqualTo("ServiceUnavailable");
  }
}
