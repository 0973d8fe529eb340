package io.baton.node.grpc;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.grpc.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gRPC API end to end against a real node: sharded entities, the journal and the activity
 * queues behind the gateway, not a test double.
 *
 * <p>{@link #startNode()} starts one on free ports with the embedded H2 store. Setting {@code
 * -Dbaton.it.endpoint=HOST:PORT} points the suite at a running deployment instead.
 */
class GrpcNodeIT {
  private static final String ACTIVITY_MACHINE =
      "{\"StartAt\":\"Work\",\"States\":{\"Work\":{\"Type\":\"Task\",\"Resource\":\"%s\","
          + "\"HeartbeatSeconds\":30,\"Next\":\"Wait\"},"
          + "\"Wait\":{\"Type\":\"Wait\",\"Seconds\":1,\"End\":true}}}";

  private static BatonClient client;
  private static io.baton.node.testing.TestDatabase db;
  private static io.baton.node.bootstrap.RunningNode node;
  private static final String suffix = UUID.randomUUID().toString().substring(0, 8);

  @BeforeAll
  static void start() {
    client = BatonClient.connect(startNode());
  }

  @AfterAll
  static void stop() {
    if (client != null) {
      client.close();
    }
    if (node != null) {
      node.close();
    }
    if (db != null) {
      db.close();
    }
  }

  /** The gRPC endpoint of the node under test. */
  private static String startNode() {
    final String external = System.getProperty("baton.it.endpoint");
    if (external != null) {
      return external;
    }
    try {
      db = io.baton.node.testing.TestDatabase.create(io.baton.node.testing.TestDatabase.Kind.H2);
      final var settings = io.baton.node.testing.TestNodes.settings(db);
      node = io.baton.node.testing.TestNodes.start(settings);
      return "127.0.0.1:" + settings.get("baton.grpc.port");
    } catch (Exception e) {
      throw new IllegalStateException("Cannot start a node", e);
    }
  }

  @Test
  void shouldRunAnActivityThroughAWorkerAndWatchTheWholeHistory() {
    // given
    final String activity = client.createActivity("it-work-" + suffix).getActivityArn();
    final String machine =
        client
            .createStateMachine(
                CreateStateMachineRequest.newBuilder()
                    .setName("it-activity-" + suffix)
                    .setDefinition(String.format(ACTIVITY_MACHINE, activity))
                    .setRoleArn("arn:aws:iam::123456789012:role/baton")
                    .build())
            .getStateMachineArn();
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
                    .setDefinition(
                        "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}")
                    .setRoleArn("arn:aws:iam::123456789012:role/baton")
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
  void shouldAnswerNotFoundWithTheAwsErrorName() {
    // when
    final BatonClientException failure =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            BatonClientException.class,
            () ->
                client.describeExecution(
                    "arn:aws:states:us-east-1:123456789012:execution:none:none"));

    // then
    assertThat(failure.code()).isEqualTo(Status.Code.NOT_FOUND);
    assertThat(failure.awsError()).contains("ExecutionDoesNotExist");
  }
}
