package io.baton.client.cli;

import io.baton.client.BatonClient;
import io.baton.client.grpc.v1.Execution;
import io.baton.client.grpc.v1.ExecutionStatus;
import io.baton.client.grpc.v1.WatchRequest;

/** Follows an execution to its end for {@code start --watch} and {@code watch}. */
final class ExecutionEnd {
  private ExecutionEnd() {}

  /** Prints each history event as it happens, then the outcome; answers the exit code. */
  static int follow(BatonClient client, String arn, boolean noData, Printer out) {
    out.eventHeader();
    client.watch(
        WatchRequest.newBuilder().setExecutionArn(arn).setExcludeExecutionData(noData).build(),
        out::event);
    final Execution e = client.describeExecution(arn);
    if (!out.json()) {
      final StringBuilder line = new StringBuilder("status: " + ProtoJson.status(e.getStatus()));
      if (!e.getOutput().isEmpty()) {
        line.append("  output: ").append(e.getOutput());
      }
      if (!e.getError().isEmpty()) {
        line.append("  error: ").append(e.getError()).append("  cause: ").append(e.getCause());
      }
      out.writer().println(line);
      out.writer().flush();
    }
    return exitCode(e);
  }

  /** 0 when the execution succeeded, 4 when it ended otherwise. */
  static int exitCode(Execution e) {
    return e.getStatus() == ExecutionStatus.EXECUTION_STATUS_SUCCEEDED
        ? ExitCodes.OK
        : ExitCodes.EXECUTION_FAILED;
  }
}
