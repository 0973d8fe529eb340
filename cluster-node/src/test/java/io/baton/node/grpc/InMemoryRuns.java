package io.baton.node.grpc;

import io.baton.client.cli.RandomIds;
import io.baton.engine.definition.parse.DefinitionParser;
import io.baton.engine.execution.ExecutionInfo;
import io.baton.engine.execution.HistoryEvent;
import io.baton.engine.json.Json;
import io.baton.engine.runner.ExecutionResult;
import io.baton.engine.runner.LocalRunner;
import io.baton.engine.runner.TaskOutcome;
import io.baton.node.service.BatonException;
import io.baton.node.service.ServiceModel.ExecutionStarted;
import io.baton.node.service.ServiceModel.ExecutionStatus;
import io.baton.node.service.ServiceModel.ExecutionSummary;
import io.baton.node.service.ServiceModel.HistoryRequest;
import io.baton.node.service.ServiceModel.Page;
import io.baton.node.service.ServiceModel.StartExecution;
import io.baton.node.service.ServiceModel.StateMachine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The executions of {@link InMemoryBatonService}. Each runs on the engine's local runner (activity
 * tasks go to {@link InMemoryActivities}); its events then appear one at a time, {@code eventDelay}
 * apart, and the execution ends after its last event.
 */
final class InMemoryRuns {
  private final Map<String, InMemoryExecution> executions = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timer;
  private final Duration eventDelay;
  private final LocalRunner runner;

  InMemoryRuns(InMemoryActivities activities, ScheduledExecutorService timer, Duration eventDelay) {
    this.timer = timer;
    this.eventDelay = eventDelay;
    this.runner =
        LocalRunner.virtual(
            t ->
                t.isActivity()
                    ? activities.schedule(t.resource(), Json.write(t.parameters()))
                    : CompletableFuture.completedFuture(
                        TaskOutcome.failure("States.TaskFailed", "no such resource")),
            new RandomIds());
  }

  ExecutionStarted start(StateMachine m, StartExecution r) {
    try {
      Json.parse(r.input());
    } catch (RuntimeException e) {
      throw new BatonException(
          "InvalidExecutionInput", "Invalid Execution Input: '" + r.input() + "'");
    }
    final String name = r.name().orElse(UUID.randomUUID().toString());
    final String arn = InMemoryMachines.PREFIX + "execution:" + m.name() + ":" + name;
    final InMemoryExecution e = new InMemoryExecution(arn, m.arn(), name, r.input(), Instant.now());
    if (executions.putIfAbsent(arn, e) != null) {
      throw new BatonException("ExecutionAlreadyExists", "Execution Already Exists: '" + arn + "'");
    }
    CompletableFuture.supplyAsync(() -> run(m, e)).thenAccept(result -> reveal(e, result, 0));
    return new ExecutionStarted(arn, e.start);
  }

  InMemoryExecution get(String arn) {
    InMemoryMachines.requireArn(arn);
    final InMemoryExecution e = executions.get(arn);
    if (e == null) {
      throw new BatonException("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
    }
    return e;
  }

  Instant stop(String arn, Optional<String> error, Optional<String> cause) {
    final InMemoryExecution e = get(arn);
    if (e.status() == ExecutionStatus.RUNNING) {
      e.append(e.next("ExecutionAborted", Json.object()));
      e.end(ExecutionStatus.ABORTED, null, error.orElse(null), cause.orElse(null));
    }
    return e.describe().stopDate().orElseThrow();
  }

  Page<ExecutionSummary> list(
      String machineArn, Optional<ExecutionStatus> status, int max, Optional<String> token) {
    final var all =
        executions.values().stream()
            .filter(e -> e.machineArn.equals(machineArn))
            .map(InMemoryExecution::summary)
            .filter(s -> status.map(x -> x == s.status()).orElse(true))
            .sorted(Comparator.comparing(ExecutionSummary::name))
            .toList();
    return InMemoryMachines.page(all, max, token);
  }

  Page<HistoryEvent> history(HistoryRequest r) {
    List<HistoryEvent> events = get(r.executionArn()).events();
    if (r.reverseOrder()) {
      events = new ArrayList<>(events);
      Collections.reverse(events);
    }
    if (!r.includeData()) {
      events = events.stream().map(InMemoryRuns::withoutData).toList();
    }
    return InMemoryMachines.page(events, r.maxResults(), r.nextToken());
  }

  private ExecutionResult run(StateMachine m, InMemoryExecution e) {
    final var info =
        new ExecutionInfo(
            e.arn, e.name, m.arn(), m.name(), m.roleArn(), Json.parse(e.input), e.start, 0);
    return runner.run(DefinitionParser.parse(Json.parse(m.definition())), info);
  }

  private void reveal(InMemoryExecution e, ExecutionResult result, int index) {
    final List<HistoryEvent> events = result.visibleHistory();
    if (e.status() != ExecutionStatus.RUNNING) {
      return;
    }
    if (index < events.size()) {
      e.append(events.get(index));
      timer.schedule(
          () -> reveal(e, result, index + 1), eventDelay.toMillis(), TimeUnit.MILLISECONDS);
      return;
    }
    e.end(
        ExecutionStatus.valueOf(result.status().name()),
        result.output().map(Json::write).orElse(null),
        result.error().orElse(null),
        result.cause().orElse(null));
  }

  private static HistoryEvent withoutData(HistoryEvent h) {
    final var details = h.details().deepCopy();
    details.remove(List.of("input", "output"));
    return new HistoryEvent(
        h.id(), h.previousEventId(), h.timestamp(), h.type(), h.frame(), details, h.internal());
  }
}
