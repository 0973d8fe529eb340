package io.baton.node.api.aws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.execution.HistoryEvent;
import io.baton.engine.json.Json;
import io.baton.node.service.ServiceModel.Execution;
import io.baton.node.service.ServiceModel.ExecutionStatus;
import io.baton.node.service.ServiceModel.ExecutionSummary;
import io.baton.node.service.ServiceModel.StateMachine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One execution of {@link InMemoryBatonService}, with a history in AWS's event types. */
final class Run {
  final String arn;
  final String machineArn;
  final String name;
  final String input;
  final Instant startDate;
  final List<HistoryEvent> events = new ArrayList<>();
  ExecutionStatus status = ExecutionStatus.RUNNING;
  Instant stopDate;
  String output;
  Optional<String> error = Optional.empty();
  Optional<String> cause = Optional.empty();

  Run(String arn, StateMachine machine, String name, String input, Instant at) {
    this.arn = arn;
    this.machineArn = machine.arn();
    this.name = name;
    this.input = input;
    this.startDate = at;
    final ObjectNode started = Json.object();
    started.set("input", Json.parse(input));
    started.putObject("inputDetails").put("truncated", false);
    started.put("roleArn", machine.roleArn());
    add("ExecutionStarted", at, started);
  }

  void pass(String state, Instant at) {
    final ObjectNode entered = Json.object().put("name", state);
    entered.set("input", Json.parse(input));
    entered.putObject("inputDetails").put("truncated", false);
    add("PassStateEntered", at, entered);
    final ObjectNode exited = Json.object().put("name", state);
    exited.set("output", Json.parse(input));
    exited.putObject("outputDetails").put("truncated", false);
    add("PassStateExited", at, exited);
  }

  void waitForActivity(String state, String resource, Instant at) {
    final ObjectNode entered = Json.object().put("name", state);
    entered.set("input", Json.parse(input));
    add("TaskStateEntered", at, entered);
    final ObjectNode scheduled = Json.object().put("resource", resource);
    scheduled.set("input", Json.parse(input));
    add("ActivityScheduled", at, scheduled);
  }

  void finish(
      ExecutionStatus end,
      String type,
      Instant at,
      String result,
      Optional<String> endError,
      Optional<String> endCause) {
    status = end;
    stopDate = at;
    output = result;
    error = endError;
    cause = endCause;
    final ObjectNode details = Json.object();
    if (result != null) {
      details.set("output", Json.parse(result));
      details.putObject("outputDetails").put("truncated", false);
    }
    endError.ifPresent(e -> details.put("error", e));
    endCause.ifPresent(c -> details.put("cause", c));
    add(type, at, details);
  }

  Execution execution() {
    return new Execution(
        arn,
        machineArn,
        name,
        status,
        startDate,
        Optional.ofNullable(stopDate),
        input,
        Optional.ofNullable(output),
        error,
        cause,
        "");
  }

  ExecutionSummary summary() {
    return new ExecutionSummary(
        arn, machineArn, name, status, startDate, Optional.ofNullable(stopDate));
  }

  private void add(String type, Instant at, ObjectNode details) {
    final long id = events.size() + 1;
    events.add(new HistoryEvent(id, id - 1, at, type, "", details, Json.object()));
  }
}
