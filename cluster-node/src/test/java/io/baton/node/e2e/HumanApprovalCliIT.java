package io.baton.node.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.json.Json;
import io.baton.node.bootstrap.Main;
import io.baton.node.testing.NodeUnderTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The README's first tutorial, the human approval workflow of the Step Functions docs, run with the
 * real {@code baton} command (the one {@code java -jar cluster-node/target/baton.jar} runs) against
 * a real node: start an execution that waits on {@code .waitForTaskToken}, read the token from the
 * history, approve with {@code tasks success}, and follow the execution to its end. The commands
 * are the README's, run from the repository root, with the test node's port.
 */
class HumanApprovalCliIT {
  private static final String DEFINITION = "../docs/examples/human-approval.json";
  private static final String ROLE = "arn:aws:iam::123456789012:role/approvals";
  private static final String MACHINE =
      "arn:aws:states:us-east-1:123456789012:stateMachine:HumanApproval";
  private static final String EXECUTION =
      "arn:aws:states:us-east-1:123456789012:execution:HumanApproval:order-42";
  private static final String APPROVAL =
      "{\"Status\":\"Approved! Task approved by approver@example.com\"}";

  private static NodeUnderTest node;

  private record Run(int exit, String out, String err) {}

  @BeforeAll
  static void start() {
    node = NodeUnderTest.startInProcess();
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void shouldFinishTheExecutionOnceTheApproverSendsTaskSuccess() {
    // given: the machine, and an execution waiting for the approver
    final Run created =
        baton(
            "state-machines",
            "create",
            "HumanApproval",
            "--definition",
            DEFINITION,
            "--role-arn",
            ROLE);
    final Run started =
        baton("executions", "start", MACHINE, "--name", "order-42", "--input", "{\"order\":42}");
    final Run waiting = baton("executions", "describe", EXECUTION, "--output", "json");

    // when: the approver reads the token from the history and approves
    final String token =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () -> taskToken(baton("executions", "history", EXECUTION, "--output", "json")),
                Optional::isPresent)
            .orElseThrow();
    final Run approved = baton("tasks", "success", token, "--task-output", APPROVAL);
    final Run watched = baton("executions", "watch", EXECUTION);

    // then
    assertThat(created.exit()).as(created.err()).isZero();
    assertThat(created.out()).contains(MACHINE);
    assertThat(started.exit()).as(started.err()).isZero();
    assertThat(started.out()).contains("executionArn: " + EXECUTION);
    assertThat(Json.parse(waiting.out()).get("status").asText()).isEqualTo("RUNNING");
    assertThat(approved.exit()).as(approved.err()).isZero();
    assertThat(approved.out()).contains("sent: success");
    assertThat(watched.exit()).as(watched.out() + watched.err()).isZero();
    assertThat(watched.out())
        .contains("TaskSucceeded", "ChoiceStateEntered", "ApprovedPassState", "ExecutionSucceeded")
        .doesNotContain("RejectedPassState")
        .contains("status: SUCCEEDED  output: " + APPROVAL);
  }

  /** Runs {@code baton ARGS --endpoint <the node>} in-process and captures what it prints. */
  private static Run baton(String... args) {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final var cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    final String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--endpoint";
    all[args.length + 1] = node.endpoint();
    return new Run(cli.execute(all), out.toString(), err.toString());
  }

  /**
   * The token the Task state handed to the "Lambda" in its parameters, once the history has the
   * TaskScheduled event: what {@code jq} picks out in the README.
   */
  private static Optional<String> taskToken(Run history) {
    assertThat(history.exit()).as(history.err()).isZero();
    for (JsonNode event : Json.parse(history.out()).get("events")) {
      if ("TaskScheduled".equals(event.get("type").asText())) {
        final JsonNode parameters =
            Json.parse(event.get("taskScheduledEventDetails").get("parameters").asText());
        return Optional.of(
            parameters.get("Payload").get("ExecutionContext").get("Task").get("Token").asText());
      }
    }
    return Optional.empty();
  }
}
