package io.baton.node.api.aws;

import static io.baton.node.api.aws.Fixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.node.api.aws.AwsCall.Answer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The state machine actions' answers, field by field as in AWS's API reference. */
class StateMachineActionsTest {
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
  void shouldCreateAStateMachine() {
    // given
    final String name = Fixtures.unique("create");

    // when
    final Answer answer =
        server
            .call("CreateStateMachine")
            .body(
                "{\"name\":\""
                    + name
                    + "\",\"definition\":"
                    + quoted(Fixtures.PASS)
                    + ",\"roleArn\":\""
                    + Fixtures.ROLE
                    + "\",\"type\":\"EXPRESS\","
                    + "\"tags\":[{\"key\":\"team\",\"value\":\"core\"}],"
                    + "\"loggingConfiguration\":{\"level\":\"OFF\"},"
                    + "\"tracingConfiguration\":{\"enabled\":false},\"publish\":false}")
            .send();

    // then
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    final JsonNode json = answer.json();
    assertThat(json.fieldNames()).toIterable().containsExactly("stateMachineArn", "creationDate");
    assertThat(json.path("stateMachineArn").asText()).isEqualTo(Fixtures.MACHINE_PREFIX + name);
    assertThat(json.path("creationDate").isFloatingPointNumber()).isTrue();
  }

  @Test
  void shouldDescribeAStateMachine() {
    // given
    final String name = Fixtures.unique("describe");
    final String arn = Fixtures.createMachine(server, name, Fixtures.PASS);

    // when
    final JsonNode json =
        server.call("DescribeStateMachine").body(body("stateMachineArn", arn)).send().json();

    // then
    assertThat(json.path("stateMachineArn").asText()).isEqualTo(arn);
    assertThat(json.path("name").asText()).isEqualTo(name);
    assertThat(json.path("status").asText()).isEqualTo("ACTIVE");
    assertThat(json.path("definition").asText()).isEqualTo(Fixtures.PASS);
    assertThat(json.path("roleArn").asText()).isEqualTo(Fixtures.ROLE);
    assertThat(json.path("type").asText()).isEqualTo("STANDARD");
    assertThat(json.path("creationDate").isFloatingPointNumber()).isTrue();
    assertThat(json.path("loggingConfiguration").path("level").asText()).isEqualTo("OFF");
    assertThat(json.path("tracingConfiguration").path("enabled").asBoolean(true)).isFalse();
    assertThat(json.has("revisionId")).isFalse();
  }

  @Test
  void shouldLeaveOutTheDefinitionWhenOnlyMetadataIsAskedFor() {
    // given
    final String arn = Fixtures.createMachine(server, Fixtures.unique("meta"), Fixtures.PASS);

    // when
    final JsonNode json =
        server
            .call("DescribeStateMachine")
            .body(body("stateMachineArn", arn, "includedData", "METADATA_ONLY"))
            .send()
            .json();

    // then
    assertThat(json.path("definition").asText()).isEqualTo("{}");
  }

  @Test
  void shouldUpdateAStateMachine() {
    // given
    final String arn = Fixtures.createMachine(server, Fixtures.unique("update"), Fixtures.PASS);

    // when
    final Answer answer =
        server
            .call("UpdateStateMachine")
            .body(body("stateMachineArn", arn, "definition", Fixtures.FAIL))
            .send();

    // then
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().fieldNames()).toIterable().containsExactly("updateDate", "revisionId");
    final JsonNode described =
        server.call("DescribeStateMachine").body(body("stateMachineArn", arn)).send().json();
    assertThat(described.path("definition").asText()).isEqualTo(Fixtures.FAIL);
    assertThat(described.path("revisionId").asText())
        .isEqualTo(answer.json().path("revisionId").asText());
  }

  @Test
  void shouldDescribeTheStateMachineOfAnExecution() {
    // given
    final String name = Fixtures.unique("for-execution");
    final String arn = Fixtures.createMachine(server, name, Fixtures.PASS);
    final String execution = Fixtures.startExecution(server, arn, "{}");

    // when
    final JsonNode json =
        server
            .call("DescribeStateMachineForExecution")
            .body(body("executionArn", execution))
            .send()
            .json();

    // then
    assertThat(json.path("stateMachineArn").asText()).isEqualTo(arn);
    assertThat(json.path("name").asText()).isEqualTo(name);
    assertThat(json.path("definition").asText()).isEqualTo(Fixtures.PASS);
    assertThat(json.path("roleArn").asText()).isEqualTo(Fixtures.ROLE);
    assertThat(json.path("updateDate").isFloatingPointNumber()).isTrue();
  }

  @Test
  void shouldDeleteAStateMachine() {
    // given
    final String arn = Fixtures.createMachine(server, Fixtures.unique("delete"), Fixtures.PASS);

    // when
    final Answer answer =
        server.call("DeleteStateMachine").body(body("stateMachineArn", arn)).send();

    // then
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("{}");
    assertThat(server.call("DescribeStateMachine").body(body("stateMachineArn", arn)).send().type())
        .isEqualTo("StateMachineDoesNotExist");
  }

  @Test
  void shouldListStateMachinesPageByPage() {
    // given
    final List<String> created = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      created.add(Fixtures.createMachine(server, Fixtures.unique("list"), Fixtures.PASS));
    }

    // when
    final List<String> listed = new ArrayList<>();
    String token = null;
    do {
      final String request =
          token == null
              ? "{\"maxResults\":2}"
              : "{\"maxResults\":2,\"nextToken\":\"" + token + "\"}";
      final JsonNode page = server.call("ListStateMachines").body(request).send().json();
      assertThat(page.path("stateMachines").size()).isLessThanOrEqualTo(2);
      for (JsonNode item : page.path("stateMachines")) {
        assertThat(item.fieldNames())
            .toIterable()
            .containsExactly("stateMachineArn", "name", "type", "creationDate");
        listed.add(item.path("stateMachineArn").asText());
      }
      token = page.has("nextToken") ? page.path("nextToken").asText() : null;
    } while (token != null);

    // then
    assertThat(listed).containsAll(created);
  }

  @Test
  void shouldValidateACorrectDefinition() {
    // when
    final JsonNode json =
        server
            .call("ValidateStateMachineDefinition")
            .body(body("definition", Fixtures.PASS))
            .send()
            .json();

    // then
    assertThat(json.path("result").asText()).isEqualTo("OK");
    assertThat(json.path("diagnostics").size()).isZero();
    assertThat(json.path("truncated").asBoolean(true)).isFalse();
  }

  @Test
  void shouldReportDiagnosticsOfABrokenDefinition() {
    // given
    final String broken =
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"Nowhere\"},"
            + "\"B\":{\"Type\":\"Wait\"}}}";

    // when
    final JsonNode all =
        server
            .call("ValidateStateMachineDefinition")
            .body(body("definition", broken))
            .send()
            .json();
    final JsonNode one =
        server
            .call("ValidateStateMachineDefinition")
            .body("{\"definition\":" + quoted(broken) + ",\"maxResults\":1}")
            .send()
            .json();

    // then
    assertThat(all.path("result").asText()).isEqualTo("FAIL");
    assertThat(all.path("diagnostics").size()).isGreaterThan(1);
    final JsonNode first = all.path("diagnostics").get(0);
    assertThat(first.path("severity").asText()).isEqualTo("ERROR");
    assertThat(first.path("code").asText()).isNotEmpty();
    assertThat(first.path("message").asText()).isNotEmpty();
    assertThat(first.path("location").asText()).startsWith("/States/");
    assertThat(all.path("truncated").asBoolean(true)).isFalse();
    assertThat(one.path("diagnostics").size()).isEqualTo(1);
    assertThat(one.path("truncated").asBoolean()).isTrue();
  }

  private static String quoted(String text) {
    return io.baton.engine.json.Json.write(io.baton.engine.json.Json.NODES.textNode(text));
  }
}
