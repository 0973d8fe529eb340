package io.baton.node.api.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.baton.node.api.aws.AwsCall.Answer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link AwsRobustnessTest}'s malformed requests against a real node: whatever passes the gateway's
 * checks must be refused by the node's service with an AWS error, never a 500.
 */
class AwsRobustnessNodeIT {
  private static RealNode node;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(RealNode.available(), RealNode.BOOTSTRAP + " is not in this build yet");
    node = RealNode.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (node != null) {
      node.close();
    }
  }

  static Stream<Arguments> actionsAndBodies() {
    return AwsRobustnessTest.actionsAndBodies();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("actionsAndBodies")
  void shouldNeverAnswerA500ToABadRequest(String action, String body) {
    // when
    final Answer answer = AwsCall.to(node.endpoint().getPort()).target(action).body(body).send();

    // then
    assertThat(answer.status()).as(answer.body()).isLessThan(500);
    if (answer.status() >= 400) {
      assertThat(answer.type()).isNotEmpty();
    }
  }
}
