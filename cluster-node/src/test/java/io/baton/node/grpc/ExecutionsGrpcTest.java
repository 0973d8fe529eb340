package io.baton.node.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.baton.client.BatonClientException;
import io.baton.client.grpc.v1.Execution;
import io.baton.client.grpc.v1.ExecutionStatus;
import io.baton.client.grpc.v1.GetExecutionHistoryRequest;
import io.baton.client.grpc.v1.HistoryEvent;
import io.baton.client.grpc.v1.ListExecutionsRequest;
import io.baton.client.grpc.v1.StartExecutionRequest;
import io.baton.client.grpc.v1.StopExecutionRequest;
import io.baton.client.grpc.v1.WatchRequest;
import io.baton.engine.json.Json;
import io.grpc.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExecutionsGrpcTest {
  private static GatewayFixture gateway;
  private static String passChain;

  @BeforeAll
  static void start() {
    gateway = GatewayFixture.start();
    passChain = gateway.machine("chain", GatewayFixture.PASS_CHAIN);
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  private static StartExecutionRequest start(String name, String input) {
    return StartExecutionRequest.newBuilder()
        .setStateMachineArn(passChain)
        .setName(name)
        .setInput(input)
        .build();
  }

  @Test
  void shouldStartAndDescribeAnExecutionToItsOutput() {
    // when
    final var started = gateway.client.startExecution(start("first", "{\"x\":1}"));
    final Execution ended = gateway.awaitEnd(started.getExecutionArn(), Duration.ofSeconds(10));

    // then
    assertThat(started.getExecutionArn())
        .isEqualTo(InMemoryMachines.PREFIX + "execution:chain:first");
    assertThat(ended.getStatus()).isEqualTo(ExecutionStatus.EXECUTION_STATUS_SUCCEEDED);
    assertThat(Json.parse(ended.getOutput())).isEqualTo(Json.parse("{\"x\":1,\"a\":{\"n\":1}}"));
    assertThat(ended.hasStopDate()).isTrue();
    assertThat(ended.getError()).isEmpty();
  }

  @Test
  void shouldWatchEveryEventInOrderAndEndWithTheExecution() {
    // given
    final var started = gateway.client.startExecution(start("watched", "{}"));
    final List<HistoryEvent> seen = new ArrayList<>();

    // when
    gateway.client.watch(
        WatchRequest.newBuilder().setExecutionArn(started.getExecutionArn()).build(), seen::add);

    // then the stream ended only after the last event, and nothing is missing or repeated
    assertThat(seen)
        .extracting(HistoryEvent::getType)
        .containsExactly(
            "ExecutionStarted",
            "PassStateEntered",
            "PassStateExited",
            "PassStateEntered",
            "PassStateExited",
            "ExecutionSucceeded");
    assertThat(seen).extracting(HistoryEvent::getId).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(seen.get(1).getPreviousEventId()).isEqualTo(1);
    assertThat(Json.parse(seen.get(0).getDetailsJson()).get("input").asText()).isEqualTo("{}");
    assertThat(gateway.client.describeExecution(started.getExecutionArn()).getStatus())
        .isEqualTo(ExecutionStatus.EXECUTION_STATUS_SUCCEEDED);
  }

  @Test
  void shouldResumeAWatchAfterAGivenEventWithoutData() {
    // given
    final var arn = gateway.client.startExecution(start("resumed", "{}")).getExecutionArn();
    gateway.awaitEnd(arn, Duration.ofSeconds(10));
    final List<HistoryEvent> seen = new ArrayList<>();

    // when
    gateway.client.watch(
        WatchRequest.newBuilder()
            .setExecutionArn(arn)
            .setAfterEventId(4)
            .setExcludeExecutionData(true)
            .build(),
        seen::add);

    // then
    assertThat(seen).extracting(HistoryEvent::getId).containsExactly(5L, 6L);
    assertThat(seen.get(1).getDetailsJson()).doesNotContain("\"output\"");
  }

  @Test
  void shouldFailAWatchOfAMissingExecutionWithNotFound() {
    // when
    final var failure =
        catchThrowableOfType(
            BatonClientException.class,
            () ->
                gateway.client.watch(
                    WatchRequest.newBuilder()
                        .setExecutionArn(InMemoryMachines.PREFIX + "execution:chain:nope")
                        .build(),
                    e -> {}));

    // then
    assertThat(failure.code()).isEqualTo(Status.Code.NOT_FOUND);
    assertThat(failure.awsError()).contains("ExecutionDoesNotExist");
  }

  @Test
  void shouldReadHistoryInPagesReversedAndWithoutData() {
    // given
    final var arn =
        gateway.client.startExecution(start("paged", "{\"secret\":true}")).getExecutionArn();
    gateway.awaitEnd(arn, Duration.ofSeconds(10));

    // when
    final var first =
        gateway.client.getExecutionHistory(
            GetExecutionHistoryRequest.newBuilder().setExecutionArn(arn).setPageSize(4).build());
    final var second =
        gateway.client.getExecutionHistory(
            GetExecutionHistoryRequest.newBuilder()
                .setExecutionArn(arn)
                .setPageSize(4)
                .setPageToken(first.getNextPageToken())
                .build());
    final var reversed =
        gateway.client.getExecutionHistory(
            GetExecutionHistoryRequest.newBuilder()
                .setExecutionArn(arn)
                .setReverseOrder(true)
                .setExcludeExecutionData(true)
                .build());

    // then
    assertThat(first.getEventsList())
        .extracting(HistoryEvent::getId)
        .containsExactly(1L, 2L, 3L, 4L);
    assertThat(second.getEventsList()).extracting(HistoryEvent::getId).containsExactly(5L, 6L);
    assertThat(second.getNextPageToken()).isEmpty();
    assertThat(reversed.getEventsList().get(0).getType()).isEqualTo("ExecutionSucceeded");
    assertThat(reversed.getEventsList())
        .allSatisfy(e -> assertThat(e.getDetailsJson()).doesNotContain("secret"));
  }

  @Test
  void shouldRefuseADuplicateNameAndBadInput() {
    // given
    gateway.client.startExecution(start("twice", "{}"));

    // when
    final var duplicate =
        catchThrowableOfType(
            BatonClientException.class, () -> gateway.client.startExecution(start("twice", "{}")));
    final var badInput =
        catchThrowableOfType(
            BatonClientException.class,
            () -> gateway.client.startExecution(start("bad-input", "{nope")));

    // then
    assertThat(duplicate.code()).isEqualTo(Status.Code.ALREADY_EXISTS);
    assertThat(duplicate.awsError()).contains("ExecutionAlreadyExists");
    assertThat(badInput.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(badInput.awsError()).contains("InvalidExecutionInput");
  }

  @Test
  void shouldListByStatusAndStop() {
    // given
    final String slow =
        gateway.machine(
            "slow",
            "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:us-east-1:123456789012:activity:never-polled\",\"End\":true}}}");
    final var running =
        gateway.client.startExecution(
            StartExecutionRequest.newBuilder().setStateMachineArn(slow).setName("r").build());

    // when
    final var stopped =
        gateway.client.stopExecution(
            StopExecutionRequest.newBuilder()
                .setExecutionArn(running.getExecutionArn())
                .setError("Halt")
                .setCause("test")
                .build());
    final var aborted =
        gateway.client.listExecutions(
            ListExecutionsRequest.newBuilder()
                .setStateMachineArn(slow)
                .setStatusFilter(ExecutionStatus.EXECUTION_STATUS_ABORTED)
                .build());
    final var succeeded =
        gateway.client.listExecutions(
            ListExecutionsRequest.newBuilder()
                .setStateMachineArn(slow)
                .setStatusFilter(ExecutionStatus.EXECUTION_STATUS_SUCCEEDED)
                .build());

    // then
    assertThat(stopped.hasStopDate()).isTrue();
    assertThat(aborted.getExecutionsList()).extracting(e -> e.getName()).containsExactly("r");
    assertThat(succeeded.getExecutionsList()).isEmpty();
    final Execution described = gateway.client.describeExecution(running.getExecutionArn());
    assertThat(described.getStatus()).isEqualTo(ExecutionStatus.EXECUTION_STATUS_ABORTED);
    assertThat(described.getError()).isEqualTo("Halt");
  }

  @Test
  void shouldRunASyncExecutionAndAnswerFailuresAsData() {
    // given
    final String failing = gateway.machine("failing", GatewayFixture.FAILING);

    // when
    final var sync =
        gateway.client.startSyncExecution(
            StartExecutionRequest.newBuilder().setStateMachineArn(failing).build(),
            Duration.ofSeconds(10));

    // then
    assertThat(sync.getExecution().getStatus()).isEqualTo(ExecutionStatus.EXECUTION_STATUS_FAILED);
    assertThat(sync.getExecution().getError()).isEqualTo("Boom");
    assertThat(sync.getExecution().getCause()).isEqualTo("on purpose");
    assertThat(sync.getBilledDurationMillis()).isPositive();
  }

  @Test
  void shouldAnswerAsyncCallsAsFutures() throws Exception {
    // when
    final var started = gateway.client.async().startExecution(start("async", "{}")).get();
    final var missing =
        gateway
            .client
            .async()
            .describeExecution(InMemoryMachines.PREFIX + "execution:chain:missing");

    // then
    assertThat(started.getExecutionArn()).endsWith(":async");
    assertThat(missing)
        .failsWithin(Duration.ofSeconds(5))
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .havingCause()
        .isInstanceOf(BatonClientException.class)
        .satisfies(
            e ->
                assertThat(((BatonClientException) e).awsError())
                    .contains("ExecutionDoesNotExist"));
  }
}
