package io.baton.node.grpc;

import io.baton.client.ProtoTime;
import io.baton.client.grpc.v1.Execution;
import io.baton.client.grpc.v1.ExecutionStatus;
import io.baton.client.grpc.v1.ExecutionSummary;
import io.baton.client.grpc.v1.GetExecutionHistoryRequest;
import io.baton.client.grpc.v1.GetExecutionHistoryResponse;
import io.baton.client.grpc.v1.HistoryEvent;
import io.baton.client.grpc.v1.ListExecutionsResponse;
import io.baton.client.grpc.v1.StartExecutionRequest;
import io.baton.client.grpc.v1.StartExecutionResponse;
import io.baton.client.grpc.v1.StartSyncExecutionResponse;
import io.baton.engine.execution.HistoryJson;
import io.baton.engine.json.Json;
import io.baton.node.service.ServiceModel;
import io.baton.node.service.ServiceModel.Page;
import java.util.Optional;

/** Maps execution protos to {@link ServiceModel} and back; no rules beyond the wire's defaults. */
final class ExecutionProtos {
  private ExecutionProtos() {}

  static ServiceModel.StartExecution start(StartExecutionRequest r) {
    return new ServiceModel.StartExecution(
        r.getStateMachineArn(),
        StateMachineProtos.text(r.getName()),
        r.getInput().isEmpty() ? "{}" : r.getInput(),
        StateMachineProtos.text(r.getTraceHeader()));
  }

  static StartExecutionResponse started(ServiceModel.ExecutionStarted s) {
    return StartExecutionResponse.newBuilder()
        .setExecutionArn(s.executionArn())
        .setStartDate(ProtoTime.timestamp(s.startDate()))
        .build();
  }

  static StartSyncExecutionResponse sync(ServiceModel.SyncExecution s) {
    return StartSyncExecutionResponse.newBuilder()
        .setExecution(execution(s.execution()))
        .setBilledDurationMillis(s.billedDurationMillis())
        .setBilledMemoryMb(s.billedMemoryMb())
        .build();
  }

  static Execution execution(ServiceModel.Execution e) {
    final var out =
        Execution.newBuilder()
            .setExecutionArn(e.executionArn())
            .setStateMachineArn(e.stateMachineArn())
            .setName(e.name())
            .setStatus(status(e.status()))
            .setStartDate(ProtoTime.timestamp(e.startDate()))
            .setInput(StateMachineProtos.nonNull(e.input()))
            .setOutput(e.output().orElse(""))
            .setError(e.error().orElse(""))
            .setCause(e.cause().orElse(""))
            .setRevisionId(StateMachineProtos.nonNull(e.revisionId()));
    e.stopDate().ifPresent(d -> out.setStopDate(ProtoTime.timestamp(d)));
    return out.build();
  }

  static ListExecutionsResponse list(Page<ServiceModel.ExecutionSummary> page) {
    final var out = ListExecutionsResponse.newBuilder();
    for (ServiceModel.ExecutionSummary e : page.items()) {
      final var summary =
          ExecutionSummary.newBuilder()
              .setExecutionArn(e.executionArn())
              .setStateMachineArn(e.stateMachineArn())
              .setName(e.name())
              .setStatus(status(e.status()))
              .setStartDate(ProtoTime.timestamp(e.startDate()));
      e.stopDate().ifPresent(d -> summary.setStopDate(ProtoTime.timestamp(d)));
      out.addExecutions(summary);
    }
    return out.setNextPageToken(page.nextToken().orElse("")).build();
  }

  static ServiceModel.HistoryRequest history(GetExecutionHistoryRequest r) {
    return new ServiceModel.HistoryRequest(
        r.getExecutionArn(),
        r.getPageSize(),
        r.getReverseOrder(),
        !r.getExcludeExecutionData(),
        StateMachineProtos.text(r.getPageToken()));
  }

  static GetExecutionHistoryResponse history(Page<io.baton.engine.execution.HistoryEvent> page) {
    final var out = GetExecutionHistoryResponse.newBuilder();
    for (var event : page.items()) {
      if (event.visible()) {
        out.addEvents(event(event));
      }
    }
    return out.setNextPageToken(page.nextToken().orElse("")).build();
  }

  /** One history event; its details are AWS's details object as JSON text. */
  static HistoryEvent event(io.baton.engine.execution.HistoryEvent e) {
    return HistoryEvent.newBuilder()
        .setId(e.id())
        .setPreviousEventId(e.previousEventId())
        .setTimestamp(ProtoTime.timestamp(e.timestamp()))
        .setType(e.type())
        .setDetailsJson(
            e.details().size() == 0 ? "" : Json.write(HistoryJson.awsDetails(e.details())))
        .build();
  }

  static ExecutionStatus status(ServiceModel.ExecutionStatus status) {
    switch (status) {
      case RUNNING:
        return ExecutionStatus.EXECUTION_STATUS_RUNNING;
      case SUCCEEDED:
        return ExecutionStatus.EXECUTION_STATUS_SUCCEEDED;
      case FAILED:
        return ExecutionStatus.EXECUTION_STATUS_FAILED;
      case TIMED_OUT:
        return ExecutionStatus.EXECUTION_STATUS_TIMED_OUT;
      case ABORTED:
        return ExecutionStatus.EXECUTION_STATUS_ABORTED;
      default:
        throw new IllegalStateException("Expected a known execution status, but got " + status);
    }
  }

  /** A status filter: UNSPECIFIED (or an unknown value) means every status. */
  static Optional<ServiceModel.ExecutionStatus> statusFilter(ExecutionStatus status) {
    switch (status) {
      case EXECUTION_STATUS_RUNNING:
        return Optional.of(ServiceModel.ExecutionStatus.RUNNING);
      case EXECUTION_STATUS_SUCCEEDED:
        return Optional.of(ServiceModel.ExecutionStatus.SUCCEEDED);
      case EXECUTION_STATUS_FAILED:
        return Optional.of(ServiceModel.ExecutionStatus.FAILED);
      case EXECUTION_STATUS_TIMED_OUT:
        return Optional.of(ServiceModel.ExecutionStatus.TIMED_OUT);
      case EXECUTION_STATUS_ABORTED:
        return Optional.of(ServiceModel.ExecutionStatus.ABORTED);
      default:
        return Optional.empty();
    }
  }
}
