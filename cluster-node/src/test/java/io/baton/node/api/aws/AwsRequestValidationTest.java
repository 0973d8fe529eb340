package io.baton.node.api.aws;

import static io.baton.node.api.aws.Fixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.node.api.aws.AwsCall.Answer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What AWS checks before its service sees a request: member types (SerializationException) and
 * model constraints (ValidationException, all violations in one message).
 */
class AwsRequestValidationTest {
  private static final String MACHINE = Fixtures.MACHINE_PREFIX + "m";
  private static final String EXECUTION = "arn:aws:states:us-east-1:123456789012:execution:m:e";
  private static AwsApiTestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = AwsApiTestServer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static Stream<Arguments> wrongTypes() {
    return Stream.of(
        Arguments.of("ListStateMachines", "{\"maxResults\":\"10\"}", "maxResults"),
        Arguments.of("ListStateMachines", "{\"maxResults\":1.5}", "maxResults"),
        Arguments.of("ListStateMachines", "{\"maxResults\":1e20}", "maxResults"),
        Arguments.of("ListStateMachines", "{\"maxResults\":99999999999}", "maxResults"),
        Arguments.of("ListStateMachines", "{\"nextToken\":7}", "nextToken"),
        Arguments.of("CreateStateMachine", "{\"name\":5}", "name"),
        Arguments.of("CreateStateMachine", "{\"name\":{}}", "name"),
        Arguments.of("CreateStateMachine", "{\"name\":true}", "name"),
        Arguments.of("CreateStateMachine", "{\"definition\":[]}", "definition"),
        Arguments.of("CreateStateMachine", "{\"definition\":{\"StartAt\":\"A\"}}", "definition"),
        Arguments.of("CreateStateMachine", "{\"tags\":\"a=b\"}", "tags"),
        Arguments.of("CreateStateMachine", "{\"tags\":[\"a\"]}", "tags.1.member"),
        Arguments.of("CreateStateMachine", "{\"tags\":[{\"key\":1}]}", "tags.1.member.key"),
        Arguments.of(
            "CreateStateMachine", "{\"loggingConfiguration\":\"OFF\"}", "loggingConfiguration"),
        Arguments.of("CreateStateMachine", "{\"publish\":\"false\"}", "publish"),
        Arguments.of("StartExecution", "{\"input\":{\"a\":1}}", "input"),
        Arguments.of("GetExecutionHistory", "{\"reverseOrder\":\"true\"}", "reverseOrder"),
        Arguments.of("GetExecutionHistory", "{\"includeExecutionData\":1}", "includeExecutionData"),
        Arguments.of("UntagResource", "{\"tagKeys\":[1]}", "tagKeys.1.member"),
        Arguments.of("UntagResource", "{\"tagKeys\":{\"a\":1}}", "tagKeys"),
        Arguments.of("SendTaskSuccess", "{\"taskToken\":[\"t\"]}", "taskToken"));
  }

  @ParameterizedTest
  @MethodSource("wrongTypes")
  void shouldAnswerSerializationExceptionForAMemberOfTheWrongType(
      String action, String body, String member) {
    // when
    final Answer answer = server.call(action).body(body).send();

    // then
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.type()).isEqualTo("SerializationException");
    assertThat(answer.message()).contains("'" + member + "'");
  }

  @Test
  void shouldListEveryMissingRequiredMemberInOneValidationException() {
    // when
    final Answer answer = server.call("CreateStateMachine").body("{}").send();

    // then
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.type()).isEqualTo("ValidationException");
    assertThat(answer.message())
        .isEqualTo(
            "3 validation errors detected: "
                + "Value null at 'name' failed to satisfy constraint: Member must not be null; "
                + "Value null at 'definition' failed to satisfy constraint: Member must not be null; "
                + "Value null at 'roleArn' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void shouldTreatJsonNullAsAMissingMember() {
    // when
    final Answer answer = server.call("DescribeExecution").body("{\"executionArn\":null}").send();

    // then
    assertThat(answer.type()).isEqualTo("ValidationException");
    assertThat(answer.message())
        .isEqualTo(
            "1 validation error detected: Value null at 'executionArn' failed to satisfy"
                + " constraint: Member must not be null");
  }

  static Stream<Arguments> violations() {
    final String longName = "n".repeat(81);
    return Stream.of(
        Arguments.of(
            "CreateActivity",
            body("name", longName),
            "Value '"
                + longName
                + "' at 'name' failed to satisfy constraint: Member must have"
                + " length less than or equal to 80"),
        Arguments.of(
            "CreateActivity",
            body("name", ""),
            "Value '' at 'name' failed to satisfy constraint: Member must have length greater"
                + " than or equal to 1"),
        Arguments.of(
            "ListStateMachines",
            "{\"maxResults\":1001}",
            "Value '1001' at 'maxResults' failed to satisfy constraint: Member must have value"
                + " less than or equal to 1000"),
        Arguments.of(
            "ListActivities",
            "{\"maxResults\":-1}",
            "Value '-1' at 'maxResults' failed to satisfy constraint: Member must have value"
                + " greater than or equal to 0"),
        Arguments.of(
            "ListExecutions",
            body("stateMachineArn", MACHINE, "statusFilter", "DONE"),
            "Value 'DONE' at 'statusFilter' failed to satisfy constraint: Member must satisfy"
                + " enum value set: [RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED,"
                + " PENDING_REDRIVE]"),
        Arguments.of(
            "CreateStateMachine",
            body(
                "name", "m", "definition", Fixtures.PASS, "roleArn", Fixtures.ROLE, "type", "FAST"),
            "Value 'FAST' at 'type' failed to satisfy constraint: Member must satisfy enum value"
                + " set: [STANDARD, EXPRESS]"),
        Arguments.of(
            "CreateStateMachine",
            "{\"name\":\"m\",\"definition\":\"{}\",\"roleArn\":\""
                + Fixtures.ROLE
                + "\",\"loggingConfiguration\":{\"level\":\"LOUD\"}}",
            "Value 'LOUD' at 'loggingConfiguration.level' failed to satisfy constraint"),
        Arguments.of(
            "SendTaskHeartbeat",
            body("taskToken", ""),
            "Value '' at 'taskToken' failed to satisfy constraint: Member must have length"
                + " greater than or equal to 1"),
        Arguments.of(
            "StartExecution",
            body("stateMachineArn", MACHINE, "traceHeader", "Root=é"),
            "Value 'Root=é' at 'traceHeader' failed to satisfy constraint: Member must satisfy"
                + " regular expression pattern: \\p{ASCII}*"),
        Arguments.of(
            "TagResource",
            "{\"resourceArn\":\"" + MACHINE + "\",\"tags\":[{\"key\":\"\",\"value\":\"v\"}]}",
            "Value '' at 'tags.1.member.key' failed to satisfy constraint"),
        Arguments.of(
            "StopExecution",
            body("executionArn", EXECUTION, "error", "e".repeat(257)),
            "1 validation error detected: Value at 'error' failed to satisfy constraint: Member"
                + " must have length less than or equal to 256"),
        Arguments.of(
            "DescribeStateMachine",
            body("stateMachineArn", "a".repeat(257)),
            "at 'stateMachineArn' failed to satisfy constraint: Member must have length less"
                + " than or equal to 256"));
  }

  @ParameterizedTest
  @MethodSource("violations")
  void shouldAnswerValidationExceptionForAConstraintViolation(
      String action, String body, String expectedMessagePart) {
    // when
    final Answer answer = server.call(action).body(body).send();

    // then
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.type()).isEqualTo("ValidationException");
    assertThat(answer.message()).contains(expectedMessagePart);
  }

  @Test
  void shouldNotRepeatSensitiveValuesInValidationMessages() {
    // given
    final String definition = "{\"secret\":\"" + "s".repeat(1024 * 1024) + "\"}";

    // when
    final Answer answer =
        server.call("ValidateStateMachineDefinition").body(body("definition", definition)).send();

    // then
    assertThat(answer.type()).isEqualTo("ValidationException");
    assertThat(answer.message())
        .isEqualTo(
            "1 validation error detected: Value at 'definition' failed to satisfy constraint:"
                + " Member must have length less than or equal to 1048576");
  }
}
