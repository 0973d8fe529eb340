package io.baton.node.grpc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.execution.HistoryEvent;
import io.baton.engine.json.Json;
import io.baton.node.service.ServiceModel.Execution;
import io.baton.node.service.ServiceModel.ExecutionStatus;
import io.baton.node.service.ServiceModel.ExecutionSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One execution of {@link InMemoryBatonService}: its events so far and how it ended. */
final class InMemoryExecution {
  final String arn;
  final String machineArn;
  final String name;
  final String input;
  final Instant start;
  private final List<HistoryEvent> events = new ArrayList<>();
  private ExecutionStatus status = ExecutionStatus.RUNNING;
  private Instant stop;
  private String output;
  private String error;
  private String cause;

  InMemoryExecution(String arn, String machineArn, String name, String input, Instant start) {
    this.arn = arn;
    this.machineArn = machineArn;
    this.name = name;
    this.input = input;
    this.start = start;
  }

  synchronized void append(HistoryEvent event) {
    if (event.visible()) {
      events.add(event);
    }
  }

  synchronized boolean end(ExecutionStatus ended, String out, String err, String why) {
    if (status != ExecutionStatus.RUNNING) {
      return false;
    }
    status = ended;
    stop = Instant.now();
    output = out;
    error = err;
    cause = why;
    return true;
  }

  synchronized ExecutionStatus status() {
    return status;
  }

  synchronized long lastEventId() {
    return events.isEmpty() ? 0 : events.get(events.size() - 1).id();
  }

  synchronized List<HistoryEvent> events() {
    return List.copyOf(events);
  }

  synchronized Execution describe() {
    return new Execution(
        arn,
        machineArn,
        name,
        status,
        start,
        Optional.ofNullable(stop),
        input,
        Optional.ofNullable(output),
        Optional.ofNullable(error),
        Optional.ofNullable(cause),
        "1");
  }

  synchronized ExecutionSummary summary() {
    return new ExecutionSummary(arn, machineArn, name, status, start, Optional.ofNullable(stop));
  }

  /** An event with the given details, linked after the last one. */
  synchronized HistoryEvent next(String type, ObjectNode details) {
    final long id = events.isEmpty() ? 1 : events.get(events.size() - 1).id() + 1;
    return new HistoryEvent(id, id - 1, Instant.now(), type, "", details, Json.object());
  }
}
