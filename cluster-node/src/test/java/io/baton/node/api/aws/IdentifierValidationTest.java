package io.baton.node.api.aws;

import static io.baton.node.api.aws.Fixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.node.api.aws.AwsCall.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** ARNs ({@code InvalidArn}) and names ({@code InvalidName}), checked before the service. */
class IdentifierValidationTest {
  private static AwsApiTestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = AwsApiTestServer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not-an-arn",
        "arn:aws:states:us-east-1:123456789012:stateMachine:",
        "arn:aws:states:us-east-1:123456789012:stateMachine",
        "arn:aws:lambda:us-east-1:123456789012:function:f",
        "arn:aws:states:us-east-1:1234:stateMachine:m",
        "arn:aws:states::123456789012:stateMachine:m",
        "arn:aws:states:us-east-1:123456789012:stateMachine:m:1:2",
        "arn:aws:states:us-east-1:123456789012:table:m",
        "arn::states:us-east-1:123456789012:stateMachine:m"
      })
  void shouldAnswerInvalidArnForAMalformedArn(String arn) {
    // when
    final Answer answer =
        server.call("DescribeStateMachine").body(body("stateMachineArn", arn)).send();

    // then
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.type()).isEqualTo("InvalidArn");
    assertThat(answer.message()).isEqualTo("Invalid arn: '" + arn + "'");
  }

  @ParameterizedTest
  @CsvSource({
    "DescribeStateMachine, stateMachineArn, arn:aws:states:us-east-1:123456789012:activity:a",
    "DescribeExecution, executionArn, arn:aws:states:us-east-1:123456789012:stateMachine:m",
    "DescribeActivity, activityArn, arn:aws:states:us-east-1:123456789012:execution:m:e",
    "StartExecution, stateMachineArn, arn:aws:states:us-east-1:123456789012:activity:a",
    "GetActivityTask, activityArn, arn:aws:states:us-east-1:123456789012:stateMachine:m",
    "TagResource, resourceArn, arn:aws:states:us-east-1:123456789012:execution:m:e"
  })
  void shouldAnswerInvalidArnForAResourceOfTheWrongType(String action, String member, String arn) {
    // given
    final String body =
        "TagResource".equals(action)
            ? "{\"resourceArn\":\"" + arn + "\",\"tags\":[]}"
            : body(member, arn);

    // when
    final Answer answer = server.call(action).body(body).send();

    // then
    assertThat(answer.type()).isEqualTo("InvalidArn");
    assertThat(answer.message())
        .startsWith("Invalid Arn: 'Resource type not valid in this context");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "arn:aws:states:us-east-1:123456789012:execution:machine:run-1",
        "arn:aws:states:us-east-1:123456789012:express:machine:run-1:c0ffee",
        "arn:aws-cn:states:cn-north-1:123456789012:execution:m.v2:run_2"
      })
  void shouldPassWellFormedExecutionArnsToTheService(String arn) {
    // when
    final Answer answer = server.call("DescribeExecution").body(body("executionArn", arn)).send();

    // then
    assertThat(answer.type()).isEqualTo("ExecutionDoesNotExist");
  }

  @Test
  void shouldAnswerInvalidArnForARoleThatIsNoArn() {
    // when
    final Answer answer =
        server
            .call("CreateStateMachine")
            .body(body("name", "m", "definition", Fixtures.PASS, "roleArn", "my-role"))
            .send();

    // then
    assertThat(answer.type()).isEqualTo("InvalidArn");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "has space",
        "tab\there",
        "new\nline",
        "a/b",
        "a:b",
        "a<b",
        "a>b",
        "{a}",
        "[a]",
        "a?",
        "a*",
        "a\"b",
        "a#b",
        "a%b",
        "a\\b",
        "a^b",
        "a|b",
        "a~b",
        "a`b",
        "a$b",
        "a&b",
        "a,b",
        "a;b",
        "ctl\u0001",
        "del\u007f",
        "c1\u0085",
        "nbsp\u00a0"
      })
  void shouldAnswerInvalidNameForAForbiddenCharacter(String name) {
    // when
    final Answer activity = server.call("CreateActivity").body(body("name", name)).send();
    final Answer machine =
        server
            .call("CreateStateMachine")
            .body(body("name", name, "definition", Fixtures.PASS, "roleArn", Fixtures.ROLE))
            .send();

    // then
    assertThat(activity.status()).isEqualTo(400);
    assertThat(activity.type()).isEqualTo("InvalidName");
    assertThat(activity.message()).isEqualTo("Invalid Name: '" + name + "'");
    assertThat(machine.type()).isEqualTo("InvalidName");
  }

  @Test
  void shouldAnswerInvalidNameForAnExecutionName() {
    // when
    final Answer answer =
        server
            .call("StartExecution")
            .body(body("stateMachineArn", Fixtures.MACHINE_PREFIX + "m", "name", "bad name"))
            .send();

    // then
    assertThat(answer.type()).isEqualTo("InvalidName");
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain", "with-dash_and.dot", "Ünïcödé", "日本語", "a+b=c@d!'()"})
  void shouldAcceptNamesAwsAccepts(String name) {
    // when
    final Answer answer = server.call("CreateActivity").body(body("name", name)).send();

    // then
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }
}
