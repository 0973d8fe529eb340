package io.baton.node.api.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.json.Json;
import java.util.UUID;

/** Definitions, ARNs and request bodies shared by the gateway tests. */
final class Fixtures {
  static final String ROLE = "arn:aws:iam::123456789012:role/baton-test";
  static final String MACHINE_PREFIX = "arn:aws:states:us-east-1:123456789012:stateMachine:";
  static final String ACTIVITY_PREFIX = "arn:aws:states:us-east-1:123456789012:activity:";
  static final String PASS =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
  static final String FAIL =
      "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"Boom\",\"Cause\":\"bad\"}}}";

  private Fixtures() {}

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static String activityDefinition(String activityArn) {
    return "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\""
        + activityArn
        + "\",\"End\":true}}}";
  }

  /** A body with the given string members, e.g. {@code body("name", "x", "roleArn", ROLE)}. */
  static String body(String... nameValues) {
    final ObjectNode node = Json.object();
    for (int i = 0; i < nameValues.length; i += 2) {
      node.put(nameValues[i], nameValues[i + 1]);
    }
    return Json.write(node);
  }

  /** Creates a state machine through the API and returns its ARN. */
  static String createMachine(AwsApiTestServer server, String name, String definition) {
    final AwsCall.Answer answer =
        server
            .call("CreateStateMachine")
            .body(body("name", name, "definition", definition, "roleArn", ROLE))
            .send();
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().path("stateMachineArn").asText();
  }

  /** Starts an execution through the API and returns its ARN. */
  static String startExecution(AwsApiTestServer server, String machineArn, String input) {
    final AwsCall.Answer answer =
        server
            .call("StartExecution")
            .body(body("stateMachineArn", machineArn, "input", input))
            .send();
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().path("executionArn").asText();
  }

  static String createActivity(AwsApiTestServer server, String name) {
    final AwsCall.Answer answer = server.call("CreateActivity").body(body("name", name)).send();
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().path("activityArn").asText();
  }
}
