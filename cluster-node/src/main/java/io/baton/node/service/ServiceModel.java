package io.baton.node.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.execution.HistoryEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The requests and answers of {@link BatonService}, shared by the AWS and gRPC gateways. */
public final class ServiceModel {
  private ServiceModel() {}

  public enum MachineType {
    STANDARD,
    EXPRESS
  }

  public record CreateStateMachine(
      String name, String definition, String roleArn, MachineType type, Map<String, String> tags) {}

  public record UpdateStateMachine(
      String stateMachineArn, Optional<String> definition, Optional<String> roleArn) {}

  public record StateMachine(
      String arn,
      String name,
      MachineType type,
      String definition,
      String roleArn,
      String revisionId,
      Instant creationDate,
      Instant updateDate,
      String status) {}

  public record StartExecution(
      String stateMachineArn, Optional<String> name, String input, Optional<String> traceHeader) {}

  public record ExecutionStarted(String executionArn, Instant startDate) {}

  public enum ExecutionStatus {
    RUNNING,
    SUCCEEDED,
    FAILED,
    TIMED_OUT,
    ABORTED
  }

  public record Execution(
      String executionArn,
      String stateMachineArn,
      String name,
      ExecutionStatus status,
      Instant startDate,
      Optional<Instant> stopDate,
      String input,
      Optional<String> output,
      Optional<String> error,
      Optional<String> cause,
      String revisionId) {}

  /** StartSyncExecution's answer, with AWS's billing details. */
  public record SyncExecution(
      Execution execution, long billedDurationMillis, long billedMemoryMb) {}

  public record ExecutionSummary(
      String executionArn,
      String stateMachineArn,
      String name,
      ExecutionStatus status,
      Instant startDate,
      Optional<Instant> stopDate) {}

  public record Page<T>(List<T> items, Optional<String> nextToken) {}

  public record HistoryRequest(
      String executionArn,
      int maxResults,
      boolean reverseOrder,
      boolean includeData,
      Optional<String> nextToken) {}

  public record Activity(String arn, String name, Instant creationDate) {}

  /** A task handed to an activity worker. */
  public record ActivityTask(String taskToken, String input) {}

  public record Tag(String key, String value) {}

  /** One history event, as the gateways render it. */
  public record HistoryItem(HistoryEvent event) {}

  /** An execution's JSON input or output, parsed. */
  public record Payload(JsonNode value) {}
}
