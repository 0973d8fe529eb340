package io.baton.client.load;

import io.baton.client.BatonAsyncClient;
import io.baton.client.grpc.v1.ExecutionStatus;
import io.baton.client.grpc.v1.StartExecutionRequest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A node reached over gRPC: StartExecution, then AwaitExecution on the same node. */
public final class GrpcTarget implements LoadTarget {
  private final String name;
  private final BatonAsyncClient client;
  private final StartExecutionRequest start;
  private final Duration wait;

  public GrpcTarget(
      String name, BatonAsyncClient client, String stateMachineArn, String input, Duration wait) {
    this.name = name;
    this.client = client;
    this.start =
        StartExecutionRequest.newBuilder()
            .setStateMachineArn(stateMachineArn)
            .setInput(input)
            .build();
    this.wait = wait;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public CompletableFuture<String> start() {
    return client.startExecution(start).thenApply(r -> r.getExecutionArn());
  }

  @Override
  public CompletableFuture<Outcome> await(String executionArn) {
    return client
        .awaitExecution(executionArn, wait)
        .thenApply(e -> new Outcome(status(e.getStatus()), e.getError()));
  }

  /** {@code EXECUTION_STATUS_SUCCEEDED} as {@code SUCCEEDED}, as AWS spells statuses. */
  static String status(ExecutionStatus status) {
    return status.name().replace("EXECUTION_STATUS_", "");
  }
}
