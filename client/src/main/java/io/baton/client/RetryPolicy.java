package io.baton.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * gRPC's built-in retries, as a service config, for the calls that are safe to repeat.
 *
 * <p>Reads are idempotent, and so are the calls AWS documents as idempotent (CreateStateMachine and
 * CreateActivity with the same arguments, the deletes, heartbeats). StartExecution, StopExecution
 * and SendTaskSuccess/Failure are not retried: a second try after a lost answer would report an
 * error for a call that worked. gRPC still retries any call transparently when it never left.
 */
final class RetryPolicy {
  static final Map<String, List<String>> IDEMPOTENT =
      Map.of(
          "baton.v1.StateMachines",
          List.of(
              "CreateStateMachine",
              "DescribeStateMachine",
              "DescribeStateMachineForExecution",
              "ListStateMachines",
              "DeleteStateMachine",
              "ValidateDefinition"),
          "baton.v1.Executions",
          List.of(
              "DescribeExecution",
              "AwaitExecution",
              "ListExecutions",
              "GetExecutionHistory",
              "Watch"),
          "baton.v1.Activities",
          List.of(
              "CreateActivity",
              "DescribeActivity",
              "ListActivities",
              "DeleteActivity",
              "SendTaskHeartbeat"));

  private RetryPolicy() {}

  static Map<String, ?> serviceConfig(ClientOptions options) {
    final List<Map<String, ?>> names = new ArrayList<>();
    IDEMPOTENT.forEach(
        (service, methods) ->
            methods.forEach(m -> names.add(Map.of("service", service, "method", m))));
    final double backoffSeconds = options.initialBackoff().toMillis() / 1000.0;
    final Map<String, ?> retry =
        Map.of(
            "maxAttempts",
            (double) options.maxAttempts(),
            "initialBackoff",
            backoffSeconds + "s",
            "maxBackoff",
            Math.max(backoffSeconds, 5.0) + "s",
            "backoffMultiplier",
            2.0,
            "retryableStatusCodes",
            List.of("UNAVAILABLE", "RESOURCE_EXHAUSTED"));
    return Map.of("methodConfig", List.of(Map.of("name", names, "retryPolicy", retry)));
  }
}
