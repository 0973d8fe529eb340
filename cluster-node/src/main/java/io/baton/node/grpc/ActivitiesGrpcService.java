package io.baton.node.grpc;

import io.baton.client.grpc.v1.ActivitiesGrpc;
import io.baton.client.grpc.v1.Activity;
import io.baton.client.grpc.v1.CreateActivityRequest;
import io.baton.client.grpc.v1.DeleteActivityRequest;
import io.baton.client.grpc.v1.DeleteActivityResponse;
import io.baton.client.grpc.v1.DescribeActivityRequest;
import io.baton.client.grpc.v1.GetActivityTaskRequest;
import io.baton.client.grpc.v1.GetActivityTaskResponse;
import io.baton.client.grpc.v1.ListActivitiesRequest;
import io.baton.client.grpc.v1.ListActivitiesResponse;
import io.baton.client.grpc.v1.SendTaskFailureRequest;
import io.baton.client.grpc.v1.SendTaskFailureResponse;
import io.baton.client.grpc.v1.SendTaskHeartbeatRequest;
import io.baton.client.grpc.v1.SendTaskHeartbeatResponse;
import io.baton.client.grpc.v1.SendTaskSuccessRequest;
import io.baton.client.grpc.v1.SendTaskSuccessResponse;
import io.baton.node.service.BatonService;
import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** The Activities gRPC service: protos in, {@link BatonService} calls, protos out. */
final class ActivitiesGrpcService extends ActivitiesGrpc.ActivitiesImplBase {
  /** Answer a long poll this long before the caller's deadline, so the answer still arrives. */
  private static final Duration DEADLINE_MARGIN = Duration.ofMillis(500);

  private final BatonService service;
  private final Duration maxPoll;

  ActivitiesGrpcService(BatonService service, Duration maxPoll) {
    this.service = service;
    this.maxPoll = maxPoll;
  }

  @Override
  public void createActivity(CreateActivityRequest request, StreamObserver<Activity> out) {
    Replies.unary(
        () -> service.createActivity(request.getName(), ActivityProtos.tags(request.getTagsList())),
        ActivityProtos::activity,
        out);
  }

  @Override
  public void describeActivity(DescribeActivityRequest request, StreamObserver<Activity> out) {
    Replies.unary(
        () -> service.describeActivity(request.getActivityArn()), ActivityProtos::activity, out);
  }

  @Override
  public void listActivities(
      ListActivitiesRequest request, StreamObserver<ListActivitiesResponse> out) {
    Replies.unary(
        () ->
            service.listActivities(
                request.getPageSize(), StateMachineProtos.text(request.getPageToken())),
        ActivityProtos::list,
        out);
  }

  @Override
  public void deleteActivity(
      DeleteActivityRequest request, StreamObserver<DeleteActivityResponse> out) {
    Replies.unary(
        () -> service.deleteActivity(request.getActivityArn()),
        done -> DeleteActivityResponse.getDefaultInstance(),
        out);
  }

  /**
   * Waits at most 60 s, and less when the caller's deadline is nearer; a cancelled call stops
   * waiting for its answer.
   */
  @Override
  public void getActivityTask(
      GetActivityTaskRequest request, StreamObserver<GetActivityTaskResponse> out) {
    final var call = (ServerCallStreamObserver<GetActivityTaskResponse>) out;
    final CompletionStage<Optional<io.baton.node.service.ServiceModel.ActivityTask>> stage;
    try {
      stage =
          service.getActivityTask(
              request.getActivityArn(),
              StateMachineProtos.text(request.getWorkerName()),
              pollWait(Context.current().getDeadline()));
    } catch (RuntimeException e) {
      out.onError(GrpcErrors.toStatus(e));
      return;
    }
    call.setOnCancelHandler(() -> withdraw(stage));
    stage.whenComplete(
        (task, failure) -> Replies.complete(task, failure, ActivityProtos::task, out));
  }

  /** Tells the service the poll is no longer wanted, where its stage supports cancelling. */
  private static void withdraw(CompletionStage<?> stage) {
    try {
      stage.toCompletableFuture().cancel(false);
    } catch (UnsupportedOperationException e) {
      // A minimal stage cannot be cancelled; the service's own wait then runs out.
    }
  }

  Duration pollWait(Deadline deadline) {
    if (deadline == null) {
      return maxPoll;
    }
    final Duration left =
        Duration.ofMillis(deadline.timeRemaining(TimeUnit.MILLISECONDS)).minus(DEADLINE_MARGIN);
    if (left.isNegative()) {
      return Duration.ZERO;
    }
    return left.compareTo(maxPoll) < 0 ? left : maxPoll;
  }

  @Override
  public void sendTaskSuccess(
      SendTaskSuccessRequest request, StreamObserver<SendTaskSuccessResponse> out) {
    Replies.unary(
        () -> service.sendTaskSuccess(request.getTaskToken(), request.getOutput()),
        done -> SendTaskSuccessResponse.getDefaultInstance(),
        out);
  }

  @Override
  public void sendTaskFailure(
      SendTaskFailureRequest request, StreamObserver<SendTaskFailureResponse> out) {
    Replies.unary(
        () ->
            service.sendTaskFailure(
                request.getTaskToken(),
                StateMachineProtos.text(request.getError()),
                StateMachineProtos.text(request.getCause())),
        done -> SendTaskFailureResponse.getDefaultInstance(),
        out);
  }

  @Override
  public void sendTaskHeartbeat(
      SendTaskHeartbeatRequest request, StreamObserver<SendTaskHeartbeatResponse> out) {
    Replies.unary(
        () -> service.sendTaskHeartbeat(request.getTaskToken()),
        done -> SendTaskHeartbeatResponse.getDefaultInstance(),
        out);
  }
}
