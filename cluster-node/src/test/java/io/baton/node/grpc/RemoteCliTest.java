package io.baton.node.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.client.cli.BatonCli;
import io.baton.engine.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baton CLI's remote commands against a gateway: output, JSON and exit codes. */
class RemoteCliTest {
  private static GatewayFixture gateway;

  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    gateway = GatewayFixture.start();
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  private record Run(int exit, String out, String err) {}

  private static Run baton(String... args) {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final var cli = BatonCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    final String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--endpoint";
    all[args.length + 1] = gateway.endpoint();
    return new Run(cli.execute(all), out.toString(), err.toString());
  }

  @Test
  void shouldCreateDescribeAndListStateMachines() throws Exception {
    // given
    final Path definition = Files.writeString(dir.resolve("chain.json"), GatewayFixture.PASS_CHAIN);

    // when
    final Run created =
        baton(
            "state-machines",
            "create",
            "cli-chain",
            "--definition",
            definition.toString(),
            "--type",
            "express");
    final Run described =
        baton(
            "state-machines",
            "describe",
            "arn:aws:states:us-east-1:123456789012:stateMachine:cli-chain",
            "--output",
            "json");
    final Run listed = baton("state-machines", "list");

    // then
    assertThat(created.exit()).isZero();
    assertThat(created.out()).contains("stateMachineArn").contains("EXPRESS");
    assertThat(described.exit()).isZero();
    assertThat(Json.parse(described.out()).get("definition").asText())
        .isEqualTo(GatewayFixture.PASS_CHAIN);
    assertThat(listed.out().lines().findFirst().orElseThrow())
        .startsWith("NAME")
        .contains("TYPE")
        .contains("ARN");
    assertThat(listed.out()).contains("cli-chain");
  }

  @Test
  void shouldStartAndWatchAnExecutionToItsEnd() {
    // given
    final String machine = gateway.machine("cli-watched", GatewayFixture.PASS_CHAIN);

    // when
    final Run run =
        baton("executions", "start", machine, "--name", "w1", "--input", "{\"k\":1}", "--watch");

    // then
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("ExecutionStarted")
        .contains("PassStateEntered")
        .contains("ExecutionSucceeded");
    assertThat(run.out()).contains("status: SUCCEEDED");

    // when
    final Run history =
        baton(
            "executions",
            "history",
            machine.replace(":stateMachine:", ":execution:") + ":w1",
            "--output",
            "json");

    // then
    final var events = Json.parse(history.out()).get("events");
    assertThat(events).hasSize(6);
    assertThat(events.get(0).get("executionStartedEventDetails").get("input").asText())
        .isEqualTo("{\"k\":1}");
  }

  @Test
  void shouldExitFourWhenTheWatchedExecutionFails() {
    // given
    final String machine = gateway.machine("cli-failing", GatewayFixture.FAILING);
    final String execution = gateway.client.startExecution(machine, "{}").getExecutionArn();

    // when
    final Run run = baton("executions", "watch", execution, "--output", "json");

    // then
    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.out().lines().map(l -> Json.parse(l).get("type").asText()))
        .contains("ExecutionFailed");
  }

  @Test
  void shouldPollAndAnswerATaskFromTheCommandLine() {
    // given
    final String activity = gateway.client.createActivity("cli-activity").getActivityArn();
    final String execution =
        gateway
            .client
            .startExecution(
                ActivitiesGrpcTest.machineFor(gateway, "cli-tasks", activity), "{\"order\":3}")
            .getExecutionArn();

    // when
    final Run poll = baton("activities", "poll", activity, "--output", "json");
    final String token = Json.parse(poll.out()).get("taskToken").asText();
    final Run heartbeat = baton("tasks", "heartbeat", token);
    final Run success = baton("tasks", "success", token, "--task-output", "{\"ok\":true}");

    // then
    assertThat(poll.exit()).isZero();
    assertThat(heartbeat.exit()).isZero();
    assertThat(success.exit()).isZero();
    assertThat(gateway.awaitEnd(execution, java.time.Duration.ofSeconds(10)).getOutput())
        .isEqualTo("{\"ok\":true}");
  }

  @Test
  void shouldExitOneWithTheAwsErrorWhenRefused() {
    // when
    final Run run =
        baton(
            "executions", "describe", "arn:aws:states:us-east-1:123456789012:execution:none:none");

    // then
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("ExecutionDoesNotExist");
  }

  @Test
  void shouldExitThreeWhenTheNodeCannotBeReached() {
    // given
    final StringWriter err = new StringWriter();
    final var cli = BatonCli.commandLine();
    cli.setErr(new PrintWriter(err, true));

    // when
    final int exit =
        cli.execute("activities", "list", "--endpoint", "127.0.0.1:1", "--timeout", "5");

    // then
    assertThat(exit).isEqualTo(3);
    assertThat(err.toString()).contains("cannot reach the node at 127.0.0.1:1");
  }

  @Test
  void shouldExitOneWhenARemoteValidationFindsErrors() throws Exception {
    // given
    final Path broken =
        Files.writeString(dir.resolve("broken.json"), "{\"StartAt\":\"X\",\"States\":{}}");

    // when
    final Run run = baton("state-machines", "validate", broken.toString());

    // then
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("ERROR").contains("result: FAIL");
  }
}
