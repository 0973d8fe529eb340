package io.baton.node.api.aws;

import static io.baton.node.api.aws.Fixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.node.api.aws.AwsCall.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks of payloads and member combinations that AWS makes before acting: size limits counted in
 * characters and in UTF-8 bytes, JSON payloads, and members that need or exclude each other.
 */
class ActionPreconditionsTest {
  private static final String MACHINE = Fixtures.MACHINE_PREFIX + "m";
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
  void shouldAnswerValidationExceptionForAnInputLongerThanThePayloadLimit() {
    // given
    final String input = "\"" + "x".repeat(256 * 1024) + "\"";

    // when
    final Answer answer =
        server.call("StartExecution").body(body("stateMachineArn", MACHINE, "input", input)).send();

    // then
    assertThat(answer.type()).isEqualTo("ValidationException");
    assertThat(answer.message())
        .contains("Value at 'input' failed to satisfy constraint")
        .contains("less than or equal to 262144");
  }

  @Test
  void shouldAnswerInvalidExecutionInputForAnInputOverThePayloadLimitInUtf8Bytes() {
    // given: fewer than 262144 characters, more than 262144 bytes
    final String input = "\"" + "é".repeat(131_100) + "\"";
    final String machine = Fixtures.createMachine(server, Fixtures.unique("bytes"), Fixtures.PASS);

    // when
    final Answer answer =
        server.call("StartExecution").body(body("stateMachineArn", machine, "input", input)).send();

    // then
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.type()).isEqualTo("InvalidExecutionInput");
    assertThat(answer.message()).contains("262144");
  }

  @Test
  void shouldAnswerInvalidOutputForATaskOutputThatIsNotJson() {
    // when
    final Answer answer =
        server.call("SendTaskSuccess").body(body("taskToken", "t", "output", "{oops")).send();

    // then
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.type()).isEqualTo("InvalidOutput");
  }

  @Test
  void shouldCheckVersionDescriptionOnlyWithPublish() {
    // when
    final Answer answer =
        server
            .call("CreateStateMachine")
            .body(
                body(
                    "name",
                    "v",
                    "definition",
                    Fixtures.PASS,
                    "roleArn",
                    Fixtures.ROLE,
                    "versionDescription",
                    "first"))
            .send();

    // then
    assertThat(answer.type()).isEqualTo("ValidationException");
    assertThat(answer.message()).contains("publish");
  }

  @Test
  void shouldRequireSomethingToUpdate() {
    // when
    final Answer answer =
        server.call("UpdateStateMachine").body(body("stateMachineArn", MACHINE)).send();

    // then
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.type()).isEqualTo("MissingRequiredParameter");
  }

  @Test
  void shouldRequireExactlyOneOfStateMachineArnAndMapRunArn() {
    // when
    final Answer neither = server.call("ListExecutions").body("{}").send();
    final Answer both =
        server
            .call("ListExecutions")
            .body(
                body(
                    "stateMachineArn",
                    MACHINE,
                    "mapRunArn",
                    "arn:aws:states:us-east-1:123456789012:mapRun:m/l:1"))
            .send();

    // then
    assertThat(neither.type()).isEqualTo("ValidationException");
    assertThat(both.type()).isEqualTo("ValidationException");
  }
}
