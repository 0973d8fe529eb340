package io.baton.node.grpc;

import io.baton.client.grpc.v1.CreateStateMachineRequest;
import io.baton.client.grpc.v1.DeleteStateMachineRequest;
import io.baton.client.grpc.v1.DeleteStateMachineResponse;
import io.baton.client.grpc.v1.DescribeStateMachineForExecutionRequest;
import io.baton.client.grpc.v1.DescribeStateMachineRequest;
import io.baton.client.grpc.v1.ListStateMachinesRequest;
import io.baton.client.grpc.v1.ListStateMachinesResponse;
import io.baton.client.grpc.v1.StateMachine;
import io.baton.client.grpc.v1.StateMachinesGrpc;
import io.baton.client.grpc.v1.UpdateStateMachineRequest;
import io.baton.client.grpc.v1.ValidateDefinitionRequest;
import io.baton.client.grpc.v1.ValidateDefinitionResponse;
import io.baton.node.service.BatonService;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.CompletableFuture;

/** The StateMachines gRPC service: protos in, {@link BatonService} calls, protos out. */
final class StateMachinesGrpcService extends StateMachinesGrpc.StateMachinesImplBase {
  private final BatonService service;

  StateMachinesGrpcService(BatonService service) {
    this.service = service;
  }

  @Override
  public void createStateMachine(
      CreateStateMachineRequest request, StreamObserver<StateMachine> out) {
    Replies.unary(
        () -> service.createStateMachine(StateMachineProtos.create(request)),
        StateMachineProtos::stateMachine,
        out);
  }

  @Override
  public void updateStateMachine(
      UpdateStateMachineRequest request, StreamObserver<StateMachine> out) {
    Replies.unary(
        () -> service.updateStateMachine(StateMachineProtos.update(request)),
        StateMachineProtos::stateMachine,
        out);
  }

  @Override
  public void describeStateMachine(
      DescribeStateMachineRequest request, StreamObserver<StateMachine> out) {
    Replies.unary(
        () -> service.describeStateMachine(request.getStateMachineArn()),
        StateMachineProtos::stateMachine,
        out);
  }

  @Override
  public void describeStateMachineForExecution(
      DescribeStateMachineForExecutionRequest request, StreamObserver<StateMachine> out) {
    Replies.unary(
        () -> service.describeStateMachineForExecution(request.getExecutionArn()),
        StateMachineProtos::stateMachine,
        out);
  }

  @Override
  public void listStateMachines(
      ListStateMachinesRequest request, StreamObserver<ListStateMachinesResponse> out) {
    Replies.unary(
        () ->
            service.listStateMachines(
                request.getPageSize(), StateMachineProtos.text(request.getPageToken())),
        StateMachineProtos::list,
        out);
  }

  @Override
  public void deleteStateMachine(
      DeleteStateMachineRequest request, StreamObserver<DeleteStateMachineResponse> out) {
    Replies.unary(
        () -> service.deleteStateMachine(request.getStateMachineArn()),
        done -> DeleteStateMachineResponse.getDefaultInstance(),
        out);
  }

  @Override
  public void validateDefinition(
      ValidateDefinitionRequest request, StreamObserver<ValidateDefinitionResponse> out) {
    Replies.unary(
        () ->
            CompletableFuture.completedFuture(service.validateDefinition(request.getDefinition())),
        StateMachineProtos::diagnostics,
        out);
  }
}
