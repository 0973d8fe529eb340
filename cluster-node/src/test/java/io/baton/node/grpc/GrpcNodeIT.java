package io.baton.node.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.baton.client.BatonClient;
import io.baton.client.BatonClientException;
import io.baton.client.grpc.v1.CreateStateMachineRequest;
import io.baton.client.grpc.v1.Execution;
import io.baton.client.grpc.v1.ExecutionStatus;
import io.baton.client.grpc.v1.HistoryEvent;
import io.baton.client.grpc.v1.StartExecutionRequest;
import io.baton.client.grpc.v1.StateMachineType;
import io.baton.client.grpc.v1.WatchRequest;
import io.baton.client.worker.ActivityWorker;
import io.baton.engine.json.Json;
import io.baton.node.testing.NodeUnderTest;
import io.grpc.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gRPC API end to end against a real node: sharded entities, the journal and the activity
 * queues behind the gateway, not a test double.
 *
 * <p>The node is started in this JVM on free ports with the embedded H2 store; setting {@code
 * -Dbaton.it.endpoint=HOST:PORT} points the suite at a running deployment instead. Bad requests are
 * refused with the gRPC status and the AWS error name that docs/grpc.md lists.
 */
class GrpcNodeIT {
  private static final String ACTIVITY_MACHINE =
      "{\"StartAt\":\"Work\",\"States\":{\"Work\":{\"Type\":\"Task\",\"Resource\":\"%s\","
          + "\"HeartbeatSeconds\":30,\"Next\":\"Wait\"},"
          + "\"Wait\":{\"Type\":\"Wait\",\"Seconds\":1,\"End\":true}}}";

  private static final String ROLE = "arn:aws:iam::123456789012:role/baton";
  private static final String PASS =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
  private static final String suffix = UUID.randomUUID().toString().substring(0, 8);

  private static NodeUnderTest node;
  private static BatonClient client;

  @BeforeAll
  static void start() {
    node = NodeUnderTest.start();
    client = BatonClient.connect(node.endpoint());
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
  void shouldRunAnActivityThroughAWorkerAndWatchTheWholeHistory() {
    // given
    final String activity = client.createActivity("it-work-" + suffix).getActivityArn();
    final String machine =
        machine("it-activity-" + suffix, String.format(ACTIVITY_MACHINE, activity));
    final List<HistoryEvent> seen = new ArrayList<>();

    // when
    try (ActivityWorker worker =
        ActivityWorker.builder(client)
            .activity(activity, task -> "{\"worked\":" + task.inputJson() + "}")
            .pollers(2)
            .build()
            .start()) {
      final String execution = client.startExecution(machine, "{\"n\":1}").getExecutionArn();
      client.watch(WatchRequest.newBuilder().setExecutionArn(execution).build(), seen::add);

      // then
      assertThat(seen)
          .extracting(HistoryEvent::getType)
          .startsWith(
              "ExecutionStarted",
              "TaskStateEntered",
              "ActivityScheduled",
              "ActivityStarted",
              "ActivitySucceeded")
          .endsWith("ExecutionSucceeded");
      final Execution done = client.describeExecution(execution);
      assertThat(done.getStatus()).isEqualTo(ExecutionStatus.EXECUTION_STATUS_SUCCEEDED);
      assertThat(Json.parse(done.getOutput()).get("worked").get("n").asInt()).isEqualTo(1);
    }
  }

  @Test
  void shouldRunAnExpressMachineSynchronously() {
    // given
    final String machine =
        client
            .createStateMachine(
                CreateStateMachineRequest.newBuilder()
                    .setName("it-express-" + suffix)
                    .setType(StateMachineType.STATE_MACHINE_TYPE_EXPRESS)
                    .setDefinition(PASS)
                    .setRoleArn(ROLE)
                    .build())
            .getStateMachineArn();

    // when
    final var sync =
        client.startSyncExecution(
            StartExecutionRequest.newBuilder()
                .setStateMachineArn(machine)
                .setInput("{\"x\":2}")
                .build(),
            Duration.ofSeconds(30));

    // then
    assertThat(sync.getExecution().getStatus())
        .isEqualTo(ExecutionStatus.EXECUTION_STATUS_SUCCEEDED);
    assertThat(Json.parse(sync.getExecution().getOutput())).isEqualTo(Json.parse("{\"x\":2}"));
  }

  @Test
  void shouldAnswerNotFoundForAnUnknownExecution() {
    // when
    final BatonClientException failure =
        refused(
            () ->
                client.describeExecution(
                    "arn:aws:states:us-east-1:123456789012:execution:none:none"));

    // then
    assertThat(failure.code()).isEqualTo(Status.Code.NOT_FOUND);
    assertThat(failure.awsError()).contains("ExecutionDoesNotExist");
  }

  @Test
  void shouldAnswerNotFoundWhenStartingAnUnknownStateMachine() {
    // when
    final BatonClientException failure =
        refused(
            () ->
                client.startExecution(
                    "arn:aws:states:us-east-1:123456789012:stateMachine:none-" + suffix, "{}"));

    // then
    assertThat(failure.code()).isEqualTo(Status.Code.NOT_FOUND);
    assertThat(failure.awsError()).contains("StateMachineDoesNotExist");
  }

  @Test
  void shouldRefuseAnInputThatIsNotJson() {
    // given
    final String machine = machine("it-bad-input-" + suffix, PASS);

    // when
    final BatonClientException failure =
        refused(() -> client.startExecution(machine, "{\"order\": 42"));

    // then
    assertThat(failure.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(failure.awsError()).contains("InvalidExecutionInput");
  }

  @Test
  void shouldRefuseAnInputOverTheAwsPayloadLimit() {
    // given: valid JSON of 300 KiB, over AWS's 256 KiB but within gRPC's message limit
    final String machine = machine("it-big-input-" + suffix, PASS);
    final String input = "{\"blob\":\"" + "x".repeat(300 * 1024) + "\"}";

    // when
    final BatonClientException failure = refused(() -> client.startExecution(machine, input));

    // then
    assertThat(failure.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(failure.awsError()).contains("InvalidExecutionInput");
    assertThat(failure.getMessage()).contains("262144");
  }

  @Test
  void shouldRefuseAnInvalidDefinition() {
    // given: StartAt names a state that does not exist
    final String definition =
        "{\"StartAt\":\"Missing\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";

    // when
    final BatonClientException failure = refused(() -> machine("it-invalid-" + suffix, definition));

    // then
    assertThat(failure.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(failure.awsError()).contains("InvalidDefinition");
    assertThat(failure.getMessage()).contains("Missing");
  }

  @Test
  void shouldRefuseAnUnknownTaskToken() {
    // when
    final BatonClientException failure =
        refused(() -> client.sendTaskSuccess("not-a-token-" + suffix, "{}"));

    // then
    assertThat(failure.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(failure.awsError()).contains("InvalidToken");
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

  private static BatonClientException refused(ThrowingCallable call) {
    final BatonClientException failure = catchThrowableOfType(BatonClientException.class, call);
    assertThat(failure).as("the call was refused").isNotNull();
    return failure;
  }
}
