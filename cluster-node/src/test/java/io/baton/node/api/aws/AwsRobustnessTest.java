package io.baton.node.api.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.node.api.aws.AwsCall.Answer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every action against a battery of malformed bodies: a bad request is always a 4xx in AWS's error
 * shape, never a 500 and never a hang.
 */
class AwsRobustnessTest {
  static final List<String> BODIES =
      List.of(
          "{}",
          "[]",
          "{\"stateMachineArn\":1,\"executionArn\":[],\"activityArn\":{},\"name\":true,"
              + "\"resourceArn\":2,\"taskToken\":false,\"definition\":{},\"maxResults\":\"x\"}",
          "{\"stateMachineArn\":\"x\",\"executionArn\":\"x\",\"activityArn\":\"x\","
              + "\"resourceArn\":\"x\",\"name\":\"x\",\"definition\":\"x\",\"roleArn\":\"x\","
              + "\"input\":\"x\",\"output\":\"x\",\"taskToken\":\"x\",\"tags\":[],\"tagKeys\":[]}",
          "{\"stateMachineArn\":\"arn:aws:states:us-east-1:123456789012:activity:a\","
              + "\"executionArn\":\"arn:aws:states:us-east-1:123456789012:activity:a\","
              + "\"activityArn\":\"arn:aws:states:us-east-1:123456789012:stateMachine:m\","
              + "\"resourceArn\":\"arn:aws:states:us-east-1:123456789012:execution:m:e\","
              + "\"name\":\"\\u0000\",\"definition\":\"{\",\"roleArn\":\"arn:\",\"input\":\"[\","
              + "\"output\":\"}\",\"taskToken\":\"\",\"tags\":[{}],\"tagKeys\":[\"\"]}",
          "{\"maxResults\":-5,\"nextToken\":\"\",\"reverseOrder\":null,\"statusFilter\":\"x\","
              + "\"severity\":\"x\",\"type\":\"x\",\"includedData\":\"x\"}",
          "{\"maxResults\":2147483648,\"nextToken\":\"not-a-token\",\"tags\":[[]],"
              + "\"loggingConfiguration\":[],\"tracingConfiguration\":1}",
          "{\"name\":\"" + "\uD83D\uDE00".repeat(100) + "\",\"input\":\"\\\"\\uD800\\\"\"}",
          "{\"stateMachineArn\":\""
              + Fixtures.MACHINE_PREFIX
              + "missing\","
              + "\"executionArn\":\"arn:aws:states:us-east-1:123456789012:execution:m:e\","
              + "\"activityArn\":\""
              + Fixtures.ACTIVITY_PREFIX
              + "missing\","
              + "\"resourceArn\":\""
              + Fixtures.ACTIVITY_PREFIX
              + "missing\","
              + "\"name\":\"ok\",\"definition\":\"{}\",\"roleArn\":\""
              + Fixtures.ROLE
              + "\","
              + "\"output\":\"{}\",\"taskToken\":\"unknown\",\"tags\":[],\"tagKeys\":[],"
              + "\"nextToken\":\"bm9wZQ==\"}");

  private static AwsApiTestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = AwsApiTestServer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static Stream<Arguments> actionsAndBodies() {
    final ActionRouter router =
        new ActionRouter(new InMemoryBatonService(), AwsApiSettings.defaults());
    return router.actionNames().stream()
        .sorted()
        .flatMap(action -> BODIES.stream().map(body -> Arguments.of(action, body)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("actionsAndBodies")
  void shouldNeverAnswerA500ToABadRequest(String action, String body) {
    // when
    final Answer answer = server.call(action).body(body).send();

    // then
    assertThat(answer.status()).as(answer.body()).isLessThan(500);
    if (answer.status() >= 400) {
      assertThat(answer.type()).isNotEmpty();
      assertThat(answer.message()).isNotEmpty();
    }
  }
}
