package io.baton.node.api.aws;

import static io.baton.node.api.aws.Fixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.node.api.aws.AwsCall.Answer;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HTTP around the protocol: hosts, body sizes and encodings, other paths, server timeouts. */
class AwsTransportTest {
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
        server
            .call("ValidateStateMachineDefinition")
            .body(body("definition", huge))
            .expectContinue()
            .send();

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
          small
              .call("ValidateStateMachineDefinition")
              .body(body("definition", big))
              .expectContinue()
              .send();
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
}
