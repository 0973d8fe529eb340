package io.baton.node.grpc;

import io.baton.client.ProtoTime;
import io.baton.client.grpc.v1.AwaitExecutionRequest;
import io.baton.client.grpc.v1.DescribeExecutionRequest;
import io.baton.client.grpc.v1.Execution;
import io.baton.client.grpc.v1.ExecutionsGrpc;
import io.baton.client.grpc.v1.GetExecutionHistoryRequest;
import io.baton.client.grpc.v1.GetExecutionHistoryResponse;
import io.baton.client.grpc.v1.ListExecutionsRequest;
import io.baton.client.grpc.v1.ListExecutionsResponse;
import io.baton.client.grpc.v1.StartExecutionRequest;
import io.baton.client.grpc.v1.StartExecutionResponse;
import io.baton.client.grpc.v1.StartSyncExecutionResponse;
import io.baton.client.grpc.v1.StopExecutionRequest;
import io.baton.client.grpc.v1.StopExecutionResponse;
import io.baton.client.grpc.v1.WatchRequest;
import io.baton.client.grpc.v1.WatchResponse;
import io.baton.node.service.BatonService;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

/** The Executions gRPC service: protos in, {@link BatonService} calls, protos out. */
final class ExecutionsGrpcService extends ExecutionsGrpc.ExecutionsImplBase {
  private final BatonService service;
  private final ScheduledExecutorService scheduler;
  private final Duration watchInterval;

  ExecutionsGrpcService(
      BatonService service, ScheduledExecutorService scheduler, Duration watchInterval) {
    this.service = service;
    this.scheduler = scheduler;
    this.watchInterval = watchInterval;
  }

  @Override
  public void startExecution(
      StartExecutionRequest request, StreamObserver<StartExecutionResponse> out) {
    Replies.unary(
        () -> service.startExecution(ExecutionProtos.start(request)),
        ExecutionProtos::started,
        out);
  }

  @Override
  public void startSyncExecution(
      StartExecutionRequest request, StreamObserver<StartSyncExecutionResponse> out) {
    Replies.unary(
        () -> service.startSyncExecution(ExecutionProtos.start(request)),
        ExecutionProtos::sync,
        out);
  }

  @Override
  public void describeExecution(DescribeExecutionRequest request, StreamObserver<Execution> out) {
    Replies.unary(
        () -> service.describeExecution(request.getExecutionArn()),
        ExecutionProtos::execution,
        out);
  }

  /** timeout_ms 0 asks for the service's default wait. */
  @Override
  public void awaitExecution(AwaitExecutionRequest request, StreamObserver<Execution> out) {
    final Optional<Duration> timeout =
        request.getTimeoutMs() == 0
            ? Optional.empty()
            : Optional.of(Duration.ofMillis(request.getTimeoutMs()));
    Replies.unary(
        () -> service.awaitExecution(request.getExecutionArn(), timeout),
        ExecutionProtos::execution,
        out);
  }

  @Override
  public void stopExecution(
      StopExecutionRequest request, StreamObserver<StopExecutionResponse> out) {
    Replies.unary(
        () ->
            service.stopExecution(
                request.getExecutionArn(),
                StateMachineProtos.text(request.getError()),
                StateMachineProtos.text(request.getCause())),
        stopped ->
            StopExecutionResponse.newBuilder().setStopDate(ProtoTime.timestamp(stopped)).build(),
        out);
  }

  @Override
  public void listExecutions(
      ListExecutionsRequest request, StreamObserver<ListExecutionsResponse> out) {
    Replies.unary(
        () ->
            service.listExecutions(
                request.getStateMachineArn(),
                ExecutionProtos.statusFilter(request.getStatusFilter()),
                request.getPageSize(),
                StateMachineProtos.text(request.getPageToken())),
        ExecutionProtos::list,
        out);
  }

  @Override
  public void getExecutionHistory(
      GetExecutionHistoryRequest request, StreamObserver<GetExecutionHistoryResponse> out) {
    Replies.unary(
        () -> service.getExecutionHistory(ExecutionProtos.history(request)),
        ExecutionProtos::history,
        out);
  }

  @Override
  public void watch(WatchRequest request, StreamObserver<WatchResponse> out) {
    new HistoryWatch(
            service,
            request,
            (ServerCallStreamObserver<WatchResponse>) out,
            scheduler,
            watchInterval)
        .start();
  }
}
