package io.baton.node.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.baton.client.BatonClient;
import io.baton.client.BatonClientException;
import io.baton.client.grpc.v1.CreateStateMachineRequest;
import io.baton.client.grpc.v1.Execution;
import io.baton.client.grpc.v1.ExecutionStatus;
import io.baton.client.grpc.v1.GetActivityTaskResponse;
import io.baton.client.grpc.v1.StopExecutionRequest;
import io.baton.engine.json.Json;
import io.baton.node.testing.NodeUnderTest;
import io.grpc.Status;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * AwaitExecution against a real node: the execution entity answers its waiters when it persists the
 * end, at once when the execution has ended already, and with the running execution when the
 * caller's timeout passes.
 */
class AwaitExecutionIT {
  private static final String ROLE = "arn:aws:iam::123456789012:role/baton";
  private static final String ACTIVITY_MACHINE =
      "{\"StartAt\":\"Work\",\"States\":{\"Work\":{\"Type\":\"Task\",\"Resource\":\"%s\","
          + "\"End\":true}}}";
  private static final String suffix = UUID.randomUUID().toString().substring(0, 8);

  private static NodeUnderTest node;
  private static BatonClient client;
  private static String waiting;

  @BeforeAll
  static void start() {
    node = NodeUnderTest.start();
    client = BatonClient.connect(node.endpoint());
    // Nobody works this activity: its executions run until stopped or the node stops.
    final String idle = client.createActivity("await-idle-" + suffix).getActivityArn();
    waiting = machine("await-idle-" + suffix, String.format(ACTIVITY_MACHINE, idle));
  }

  @AfterAll
  static void stop() {
    if (client != null) {
      client.close();
    }
    if (node != null) {
      node.close();
    }
  }

  @Test
  void shouldAnswerAnEndedExecutionAtOnce() {
    // given
    final String machine =
        machine(
            "await-pass-" + suffix,
            "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\","
                + "\"Parameters\":{\"doubled.$\":\"States.MathAdd($.n, $.n)\"},\"End\":true}}}");
    final String arn = client.startExecution(machine, "{\"n\":21}").getExecutionArn();

    // when
    final Execution done = client.awaitExecution(arn, Duration.ofSeconds(30));

    // then
    assertThat(done.getStatus()).isEqualTo(ExecutionStatus.EXECUTION_STATUS_SUCCEEDED);
    assertThat(Json.parse(done.getOutput()).get("doubled").asInt()).isEqualTo(42);
    assertThat(done.hasStopDate()).isTrue();
  }

  @Test
  void shouldTakeAZeroTimeoutAsTheDefaultWait() throws Exception {
    // given: an execution that waits for an activity of its own
    final String own = client.createActivity("await-zero-" + suffix).getActivityArn();
    final String machine = machine("await-zero-" + suffix, String.format(ACTIVITY_MACHINE, own));
    final String arn = client.startExecution(machine, "{}").getExecutionArn();

    // when: timeout_ms 0 waits the default 60 s, not 0 s
    final CompletableFuture<Execution> waiter = client.async().awaitExecution(arn, Duration.ZERO);
    final GetActivityTaskResponse task = client.getActivityTask(own, "it").orElseThrow();
    client.sendTaskSuccess(task.getTaskToken(), "{\"zero\":false}");

    // then
    final Execution done = waiter.get(10, TimeUnit.SECONDS);
    assertThat(done.getStatus()).isEqualTo(ExecutionStatus.EXECUTION_STATUS_SUCCEEDED);
  }

  @Test
  void shouldAnswerWhenARunningExecutionEnds() throws Exception {
    // given: an execution that waits for an activity of its own, and two callers waiting for it
    final String own = client.createActivity("await-own-" + suffix).getActivityArn();
    final String machine = machine("await-own-" + suffix, String.format(ACTIVITY_MACHINE, own));
    final String arn = client.startExecution(machine, "{\"order\":7}").getExecutionArn();
    final CompletableFuture<Execution> first =
        client.async().awaitExecution(arn, Duration.ofSeconds(30));
    final CompletableFuture<Execution> second =
        client.async().awaitExecution(arn, Duration.ofSeconds(30));
    final GetActivityTaskResponse task = client.getActivityTask(own, "it").orElseThrow();

    // when
    client.sendTaskSuccess(task.getTaskToken(), "{\"packed\":7}");

    // then: both see the end, not the RUNNING state they started waiting in
    for (CompletableFuture<Execution> waiter : new CompletableFuture[] {first, second}) {
      final Execution done = waiter.get(10, TimeUnit.SECONDS);
      assertThat(done.getStatus()).isEqualTo(ExecutionStatus.EXECUTION_STATUS_SUCCEEDED);
      assertThat(Json.parse(done.getOutput())).isEqualTo(Json.parse("{\"packed\":7}"));
    }
  }

  @Test
  void shouldAnswerTheRunningExecutionWhenTheTimeoutPasses() {
    // given
    final String arn = client.startExecution(waiting, "{}").getExecutionArn();

    // when
    final long started = System.nanoTime();
    final Execution running = client.awaitExecution(arn, Duration.ofMillis(300));
    final Duration took = Duration.ofNanos(System.nanoTime() - started);

    // then
    assertThat(running.getStatus()).isEqualTo(ExecutionStatus.EXECUTION_STATUS_RUNNING);
    assertThat(running.getExecutionArn()).isEqualTo(arn);
    assertThat(took).isBetween(Duration.ofMillis(300), Duration.ofSeconds(5));
  }

  @Test
  void shouldAnswerAStoppedExecution() throws Exception {
    // given
    final String arn = client.startExecution(waiting, "{}").getExecutionArn();
    final CompletableFuture<Execution> waiter =
        client.async().awaitExecution(arn, Duration.ofSeconds(30));

    // when
    client.stopExecution(
        StopExecutionRequest.newBuilder().setExecutionArn(arn).setError("Enough").build());

    // then
    final Execution done = waiter.get(10, TimeUnit.SECONDS);
    assertThat(done.getStatus()).isEqualTo(ExecutionStatus.EXECUTION_STATUS_ABORTED);
    assertThat(done.getError()).isEqualTo("Enough");
  }

  @Test
  void shouldAnswerAFailedExecution() {
    // given
    final String machine =
        machine(
            "await-fail-" + suffix,
            "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"Nope\","
                + "\"Cause\":\"on purpose\"}}}");
    final String arn = client.startExecution(machine, "{}").getExecutionArn();

    // when
    final Execution done = client.awaitExecution(arn, Duration.ofSeconds(30));

    // then
    assertThat(done.getStatus()).isEqualTo(ExecutionStatus.EXECUTION_STATUS_FAILED);
    assertThat(done.getError()).isEqualTo("Nope");
    assertThat(done.getCause()).isEqualTo("on purpose");
  }

  @Test
  void shouldAnswerNotFoundForAnUnknownExecution() {
    // when
    final BatonClientException failure =
        catchThrowableOfType(
            BatonClientException.class,
            () ->
                client.awaitExecution(
                    "arn:aws:states:us-east-1:123456789012:execution:none:none-" + suffix,
                    Duration.ofSeconds(1)));

    // then
    assertThat(failure).isNotNull();
    assertThat(failure.code()).isEqualTo(Status.Code.NOT_FOUND);
    assertThat(failure.awsError()).contains("ExecutionDoesNotExist");
  }

  @Test
  void shouldRefuseATimeoutOverTheLimit() {
    // given
    final String arn = client.startExecution(waiting, "{}").getExecutionArn();

    // when
    final BatonClientException failure =
        catchThrowableOfType(
            BatonClientException.class, () -> client.awaitExecution(arn, Duration.ofSeconds(61)));

    // then
    assertThat(failure).isNotNull();
    assertThat(failure.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(failure.awsError()).contains("ValidationException");
    assertThat(failure.getMessage()).contains("60000").contains("61000");
  }

  @Test
  void shouldRefuseAnArnThatIsNotAnExecution() {
    // when
    final BatonClientException failure =
        catchThrowableOfType(
            BatonClientException.class,
            () -> client.awaitExecution("not-an-arn", Duration.ofSeconds(1)));

    // then
    assertThat(failure).isNotNull();
    assertThat(failure.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(failure.awsError()).contains("InvalidArn");
  }

  private static String machine(String name, String definition) {
    return client
        .createStateMachine(
            CreateStateMachineRequest.newBuilder()
                .setName(name)
                .setDefinition(definition)
                .setRoleArn(ROLE)
                .build())
        .getStateMachineArn();
  }
}
