package io.baton.node.api.aws;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.execution.HistoryEvent;
import io.baton.node.service.BatonService;
import io.baton.node.service.ServiceModel.ExecutionStatus;
import io.baton.node.service.ServiceModel.ExecutionSummary;
import io.baton.node.service.ServiceModel.HistoryRequest;
import io.baton.node.service.ServiceModel.StartExecution;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** StartExecution, StartSyncExecution, Describe…, Stop…, ListExecutions, GetExecutionHistory. */
final class ExecutionActions {
  private static final Set<String> MACHINE = Set.of(ResourceArns.STATE_MACHINE);
  private static final Set<String> EXECUTION = Set.of(ResourceArns.EXECUTION, ResourceArns.EXPRESS);
  private static final String INPUT_ERROR = "InvalidExecutionInput";
  private static final String INPUT_LABEL = "State Machine Execution Input";

  private final BatonService service;
  private final int maxPayloadBytes;

  ExecutionActions(BatonService service, AwsApiSettings settings) {
    this.service = service;
    this.maxPayloadBytes = settings.maxPayloadBytes();
  }

  Map<String, AwsAction> actions() {
    return Map.of(
        "StartExecution", this::start,
        "StartSyncExecution", this::startSync,
        "DescribeExecution", this::describe,
        "StopExecution", this::stop,
        "ListExecutions", this::list,
        "GetExecutionHistory", this::history);
  }

  private CompletionStage<ObjectNode> start(AwsRequest r) {
    return service
        .startExecution(startRequest(r))
        .thenApply(
            started -> {
              final ObjectNode out = AwsJson.object();
              out.put("executionArn", started.executionArn());
              AwsJson.putTimestamp(out, "startDate", started.startDate());
              return out;
            });
  }

  private CompletionStage<ObjectNode> startSync(AwsRequest r) {
    return service.startSyncExecution(startRequest(r)).thenApply(ExecutionJson::sync);
  }

  /** StartExecution's and StartSyncExecution's common request, checked. */
  private StartExecution startRequest(AwsRequest r) {
    final String arn = r.required("stateMachineArn", Shapes.ARN);
    final Optional<String> name = r.optional("name", Shapes.NAME);
    final String input = r.optional("input", Shapes.payload(maxPayloadBytes)).orElse("{}");
    final Optional<String> traceHeader = r.optionalAscii("traceHeader", Shapes.TRACE_HEADER);
    r.optionalEnum("includedData", Shapes.INCLUDED_DATA);
    r.done();
    ResourceArns.check(arn, MACHINE);
    name.ifPresent(ResourceNames::check);
    Payloads.check(input, maxPayloadBytes, INPUT_ERROR, INPUT_LABEL);
    return new StartExecution(arn, name, input, traceHeader);
  }

  private CompletionStage<ObjectNode> describe(AwsRequest r) {
    final String arn = r.required("executionArn", Shapes.ARN);
    r.optionalEnum("includedData", Shapes.INCLUDED_DATA);
    r.done();
    ResourceArns.check(arn, EXECUTION);
    return service.describeExecution(arn).thenApply(ExecutionJson::describe);
  }

  private CompletionStage<ObjectNode> stop(AwsRequest r) {
    final String arn = r.required("executionArn", Shapes.ARN);
    final Optional<String> error = r.optional("error", Shapes.SENSITIVE_ERROR);
    final Optional<String> cause = r.optional("cause", Shapes.SENSITIVE_CAUSE);
    r.done();
    ResourceArns.check(arn, EXECUTION);
    return service
        .stopExecution(arn, error, cause)
        .thenApply(
            stopDate -> {
              final ObjectNode out = AwsJson.object();
              AwsJson.putTimestamp(out, "stopDate", stopDate);
              return out;
            });
  }

  private CompletionStage<ObjectNode> list(AwsRequest r) {
    final Optional<String> arn = r.optional("stateMachineArn", Shapes.ARN);
    final Optional<String> mapRunArn = r.optional("mapRunArn", Shapes.LONG_ARN);
    final Optional<String> status = r.optionalEnum("statusFilter", Shapes.EXECUTION_STATUSES);
    final int maxResults = r.pageSize("maxResults", Shapes.PAGE_SIZE_MAX, Shapes.DEFAULT_PAGE_SIZE);
    final Optional<String> nextToken = r.optional("nextToken", Shapes.LIST_EXECUTIONS_PAGE_TOKEN);
    final Optional<String> redrive = r.optionalEnum("redriveFilter", Shapes.REDRIVE_FILTERS);
    r.done();
    if (arn.isPresent() == mapRunArn.isPresent()) {
      throw AwsError.client(
          "ValidationException",
          arn.isPresent()
              ? "Expected either stateMachineArn or mapRunArn, but got both"
              : "Must provide a StateMachine ARN or MapRun ARN");
    }
    if (mapRunArn.isPresent()) {
      ResourceArns.check(mapRunArn.get(), Set.of(ResourceArns.MAP_RUN));
      throw AwsError.client("ResourceNotFound", "Resource not found: '" + mapRunArn.get() + "'");
    }
    ResourceArns.check(arn.get(), MACHINE);
    // Baton does not redrive executions yet: none is pending redrive or has been redriven.
    if (status.filter("PENDING_REDRIVE"::equals).isPresent()
        || redrive.filter("REDRIVEN"::equals).isPresent()) {
      final ObjectNode out = AwsJson.object();
      out.putArray("executions");
      return CompletableFuture.completedFuture(out);
    }
    return service
        .listExecutions(arn.get(), status.map(ExecutionStatus::valueOf), maxResults, nextToken)
        .thenApply(
            page -> {
              final ObjectNode out = AwsJson.object();
              final ArrayNode items = out.putArray("executions");
              for (ExecutionSummary summary : page.items()) {
                ExecutionJson.summary(items.addObject(), summary);
              }
              AwsJson.putIfPresent(out, "nextToken", page.nextToken());
              return out;
            });
  }

  private CompletionStage<ObjectNode> history(AwsRequest r) {
    final String arn = r.required("executionArn", Shapes.ARN);
    final int maxResults = r.pageSize("maxResults", Shapes.PAGE_SIZE_MAX, Shapes.DEFAULT_PAGE_SIZE);
    final boolean reverse = r.bool("reverseOrder", false);
    final Optional<String> nextToken = r.optional("nextToken", Shapes.PAGE_TOKEN);
    final boolean includeData = r.bool("includeExecutionData", true);
    r.done();
    ResourceArns.check(arn, EXECUTION);
    final HistoryRequest request =
        new HistoryRequest(arn, maxResults, reverse, includeData, nextToken);
    return service
        .getExecutionHistory(request)
        .thenApply(
            page -> {
              final ObjectNode out = AwsJson.object();
              final ArrayNode events = out.putArray("events");
              for (HistoryEvent event : page.items()) {
                if (event.visible()) {
                  events.add(ExecutionJson.historyEvent(event, includeData));
                }
              }
              AwsJson.putIfPresent(out, "nextToken", page.nextToken());
              return out;
            });
  }
}
