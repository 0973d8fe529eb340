package io.baton.node.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.baton.client.BatonClient;
import io.baton.client.BatonClientException;
import io.baton.client.ClientOptions;
import io.baton.client.grpc.v1.ActivitiesGrpc;
import io.baton.client.grpc.v1.Activity;
import io.baton.client.grpc.v1.ExecutionStatus;
import io.baton.client.grpc.v1.GetActivityTaskRequest;
import io.baton.client.grpc.v1.GetActivityTaskResponse;
import io.baton.client.grpc.v1.ListActivitiesRequest;
import io.baton.engine.json.Json;
import io.grpc.Context;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ActivitiesGrpcTest {
  private static GatewayFixture gateway;

  @BeforeAll
  static void start() {
    gateway = GatewayFixture.start();
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  static String activityMachine(String name, String activityArn) {
    return machineFor(gateway, name, activityArn);
  }

  /** A machine with one Task state on the activity, passing {@code $.order} to it. */
  static String machineFor(GatewayFixture gateway, String name, String activityArn) {
    return gateway.machine(
        name,
        "{\"StartAt\":\"Work\",\"States\":{\"Work\":{\"Type\":\"Task\",\"Resource\":\""
            + activityArn
            + "\",\"Parameters\":{\"order.$\":\"$.order\"},\"End\":true}}}");
  }

  @Test
  void shouldCreateDescribeListAndDeleteActivities() {
    // when
    final Activity created = gateway.client.createActivity("billing");
    final Activity again = gateway.client.createActivity("billing");

    // then
    assertThat(created.getActivityArn())
        .isEqualTo("arn:aws:states:us-east-1:123456789012:activity:billing");
    assertThat(again).isEqualTo(created);
    assertThat(gateway.client.describeActivity(created.getActivityArn()).getName())
        .isEqualTo("billing");
    assertThat(
            gateway
                .client
                .listActivities(ListActivitiesRequest.getDefaultInstance())
                .getActivitiesList())
        .extracting(Activity::getName)
        .contains("billing");

    // when
    gateway.client.deleteActivity(created.getActivityArn());

    // then
    final var gone =
        catchThrowableOfType(
            BatonClientException.class,
            () -> gateway.client.describeActivity(created.getActivityArn()));
    assertThat(gone.awsError()).contains("ActivityDoesNotExist");
  }

  @Test
  void shouldHandATaskToAPollerAndFinishTheExecutionWithItsAnswer() {
    // given
    final String activity = gateway.client.createActivity("pack").getActivityArn();
    final String machine = activityMachine("packing", activity);
    final String execution =
        gateway.client.startExecution(machine, "{\"order\":42}").getExecutionArn();

    // when
    final GetActivityTaskResponse task =
        gateway.client.getActivityTask(activity, "test-worker").orElseThrow();
    gateway.client.sendTaskHeartbeat(task.getTaskToken());
    gateway.client.sendTaskSuccess(task.getTaskToken(), "{\"packed\":true}");

    // then
    assertThat(Json.parse(task.getInput())).isEqualTo(Json.parse("{\"order\":42}"));
    final var ended = gateway.awaitEnd(execution, Duration.ofSeconds(10));
    assertThat(ended.getStatus()).isEqualTo(ExecutionStatus.EXECUTION_STATUS_SUCCEEDED);
    assertThat(Json.parse(ended.getOutput())).isEqualTo(Json.parse("{\"packed\":true}"));
    final var twice =
        catchThrowableOfType(
            BatonClientException.class,
            () -> gateway.client.sendTaskSuccess(task.getTaskToken(), "{}"));
    assertThat(twice.code()).isEqualTo(io.grpc.Status.Code.NOT_FOUND);
    assertThat(twice.awsError()).contains("TaskDoesNotExist");
  }

  @Test
  void shouldMapTaskRefusalsToTheirCodes() {
    // given
    final String activity = gateway.client.createActivity("refusals").getActivityArn();
    gateway.client.startExecution(activityMachine("refusing", activity), "{\"order\":1}");
    final String token = gateway.client.getActivityTask(activity, "w").orElseThrow().getTaskToken();

    // when
    final var badOutput =
        catchThrowableOfType(
            BatonClientException.class, () -> gateway.client.sendTaskSuccess(token, "{not json"));
    final var badToken =
        catchThrowableOfType(
            BatonClientException.class, () -> gateway.client.sendTaskHeartbeat(""));
    gateway.service.activities.timeOut(token);
    final var timedOut =
        catchThrowableOfType(
            BatonClientException.class, () -> gateway.client.sendTaskHeartbeat(token));

    // then
    assertThat(badOutput.code()).isEqualTo(io.grpc.Status.Code.INVALID_ARGUMENT);
    assertThat(badOutput.awsError()).contains("InvalidOutput");
    assertThat(badToken.code()).isEqualTo(io.grpc.Status.Code.INVALID_ARGUMENT);
    assertThat(badToken.awsError()).contains("InvalidToken");
    assertThat(timedOut.code()).isEqualTo(io.grpc.Status.Code.FAILED_PRECONDITION);
    assertThat(timedOut.awsError()).contains("TaskTimedOut");
  }

  @Test
  void shouldEndALongPollEmptyBeforeTheCallersDeadline() {
    // given a client whose polls may last only 1.5 s
    final String activity = gateway.client.createActivity("idle").getActivityArn();
    try (BatonClient impatient =
        BatonClient.connect(
            ClientOptions.defaults()
                .withEndpoint(gateway.endpoint())
                .withPollDeadline(Duration.ofMillis(1500)))) {
      final Instant before = Instant.now();

      // when
      final var task = impatient.getActivityTask(activity, "w");

      // then the server answered "no task" in time instead of letting the deadline expire
      assertThat(task).isEmpty();
      assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofMillis(1500));
    }
  }

  @Test
  void shouldWithdrawACancelledPollSoItsTaskGoesToTheNextPoller() {
    // given a poll that is waiting on the server
    final String activity = gateway.client.createActivity("withdrawn").getActivityArn();
    final ManagedChannel channel =
        ManagedChannelBuilder.forTarget(gateway.endpoint()).usePlaintext().build();
    final Context.CancellableContext context = Context.current().withCancellation();
    context.run(
        () ->
            ActivitiesGrpc.newStub(channel)
                .getActivityTask(
                    GetActivityTaskRequest.newBuilder().setActivityArn(activity).build(),
                    new Ignore()));
    Eventually.until(
        Duration.ofSeconds(5),
        "the poll to wait",
        () -> gateway.service.activities.waitingPolls(activity) == 1);

    // when the caller gives up, and only then a task is scheduled
    context.cancel(null);
    Eventually.until(
        Duration.ofSeconds(5),
        "the poll to be withdrawn",
        () -> gateway.service.activities.waitingPolls(activity) == 0);
    gateway.client.startExecution(activityMachine("withdrawing", activity), "{\"order\":7}");

    // then the next poll gets it
    assertThat(gateway.client.getActivityTask(activity, "w")).isPresent();
    channel.shutdownNow();
  }

  private static final class Ignore implements StreamObserver<GetActivityTaskResponse> {
    @Override
    public void onNext(GetActivityTaskResponse value) {}

    @Override
    public void onError(Throwable t) {}

    @Override
    public void onCompleted() {}
  }
}
