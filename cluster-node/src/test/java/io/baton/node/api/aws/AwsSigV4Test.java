package io.baton.node.api.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.baton.node.api.aws.AwsCall.Answer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.SfnException;

/**
 * SigV4 verification with configured keys: requests signed by the real AWS SDK pass, anything else
 * gets AWS's authentication errors.
 */
class AwsSigV4Test {
  private static final String KEY_ID = "AKIDBATONTEST";
  private static final String SECRET = "baton/secret+KEY";
  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static AwsApiTestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = AwsApiTestServer.signed(Map.of(KEY_ID, SECRET));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void shouldAcceptRequestsSignedByTheSdk() {
    try (SfnClient sfn = SdkClients.client(server.endpoint(), KEY_ID, SECRET)) {
      // when
      final String arn = sfn.createActivity(b -> b.name(Fixtures.unique("signed"))).activityArn();
      final var listed = sfn.listActivities(b -> b.maxResults(10)).activities();
      final String machine =
          sfn.createStateMachine(
                  b ->
                      b.name(Fixtures.unique("signed"))
                          .definition(Fixtures.PASS)
                          .roleArn(Fixtures.ROLE))
              .stateMachineArn();
      final var sync = sfn.startSyncExecution(b -> b.stateMachineArn(machine).input("{\"ü\":1}"));

      // then
      assertThat(listed).anyMatch(a -> a.activityArn().equals(arn));
      assertThat(sync.output()).isEqualTo("{\"ü\":1}");
    }
  }

  @Test
  void shouldAnswerInvalidSignatureForAWrongSecret() {
    try (SfnClient sfn = SdkClients.client(server.endpoint(), KEY_ID, "wrong-secret")) {
      assertThatThrownBy(() -> sfn.listStateMachines(b -> b.maxResults(1)))
          .isInstanceOfSatisfying(
              SfnException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
              });
    }
  }

  @Test
  void shouldAnswerUnrecognizedClientForAnUnknownKey() {
    try (SfnClient sfn = SdkClients.client(server.endpoint(), "AKIDUNKNOWN", SECRET)) {
      assertThatThrownBy(() -> sfn.listStateMachines(b -> b.maxResults(1)))
          .isInstanceOfSatisfying(
              SfnException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.awsErrorDetails().errorCode())
                    .isEqualTo("UnrecognizedClientException");
              });
    }
  }

  @Test
  void shouldAnswerMissingAuthenticationTokenForAnUnsignedRequest() {
    // when
    final Answer answer = server.call("ListStateMachines").send();

    // then
    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.type()).isEqualTo("MissingAuthenticationTokenException");
  }

  @Test
  void shouldAnswerIncompleteSignatureForAMalformedAuthorization() {
    // when
    final Answer noParameters =
        server
            .call("ListStateMachines")
            .header("Authorization", "AWS4-HMAC-SHA256 nonsense")
            .send();
    final Answer otherAlgorithm =
        server.call("ListStateMachines").header("Authorization", "Basic dXNlcjpwYXNz").send();

    // then
    assertThat(noParameters.status()).isEqualTo(400);
    assertThat(noParameters.type()).isEqualTo("IncompleteSignatureException");
    assertThat(otherAlgorithm.type()).isEqualTo("IncompleteSignatureException");
  }

  @Test
  void shouldAcceptARequestSignedByHandWithTheSameAlgorithm() {
    // when
    final Answer answer = signed(Instant.now(), "states", SECRET).send();

    // then
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }

  @Test
  void shouldAnswerInvalidSignatureForAStaleOrFutureDate() {
    // when
    final Answer stale =
        signed(Instant.now().minus(Duration.ofMinutes(16)), "states", SECRET).send();
    final Answer future =
        signed(Instant.now().plus(Duration.ofMinutes(16)), "states", SECRET).send();

    // then
    assertThat(stale.type()).isEqualTo("InvalidSignatureException");
    assertThat(stale.message()).startsWith("Signature expired");
    assertThat(future.type()).isEqualTo("InvalidSignatureException");
    assertThat(future.message()).startsWith("Signature not yet current");
  }

  @Test
  void shouldAnswerInvalidSignatureForAnotherServicesScope() {
    // when
    final Answer answer = signed(Instant.now(), "lambda", SECRET).send();

    // then
    assertThat(answer.type()).isEqualTo("InvalidSignatureException");
    assertThat(answer.message()).contains("'states'");
  }

  @Test
  void shouldAnswerInvalidSignatureWhenTheBodyWasChangedAfterSigning() {
    // when
    final Answer answer = signed(Instant.now(), "states", SECRET).body("{\"maxResults\":2}").send();

    // then
    assertThat(answer.type()).isEqualTo("InvalidSignatureException");
  }

  /** A ListStateMachines call signed with {@link SigV4Signer} for the given time and service. */
  private static AwsCall signed(Instant at, String service, String secret) {
    final String amzDate = AMZ_DATE.format(at);
    final String host = "127.0.0.1:" + server.port();
    final String target = ActionRouter.TARGET_PREFIX + "ListStateMachines";
    final SignedRequest request =
        new SignedRequest(
            "POST",
            "/",
            "",
            Map.of(
                "content-type", List.of("application/x-amz-json-1.0"),
                "host", List.of(host),
                "x-amz-date", List.of(amzDate),
                "x-amz-target", List.of(target)),
            "{}".getBytes(StandardCharsets.UTF_8));
    final List<String> signedHeaders =
        List.of("content-type", "host", "x-amz-date", "x-amz-target");
    final String scope = amzDate.substring(0, 8) + "/us-east-1/" + service + "/aws4_request";
    final String signature = SigV4Signer.signature(request, signedHeaders, amzDate, scope, secret);
    return server
        .call("ListStateMachines")
        .header("X-Amz-Date", amzDate)
        .header(
            "Authorization",
            SigV4Signer.ALGORITHM
                + " Credential="
                + KEY_ID
                + "/"
                + scope
                + ", SignedHeaders="
                + String.join(";", signedHeaders)
                + ", Signature="
                + signature);
  }
}
