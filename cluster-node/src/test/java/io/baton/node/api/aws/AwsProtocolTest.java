package io.baton.node.api.aws;

import static io.baton.node.api.aws.Fixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.node.api.aws.AwsCall.Answer;
import io.baton.node.service.BatonException;
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
