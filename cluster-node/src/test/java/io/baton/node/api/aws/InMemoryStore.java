package io.baton.node.api.aws;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.definition.validate.DefinitionValidator;
import io.baton.engine.definition.validate.Diagnostic;
import io.baton.engine.json.Json;
import io.baton.node.service.BatonException;
import io.baton.node.service.ServiceModel.Activity;
import io.baton.node.service.ServiceModel.ActivityTask;
import io.baton.node.service.ServiceModel.CreateStateMachine;
import io.baton.node.service.ServiceModel.ExecutionStatus;
import io.baton.node.service.ServiceModel.StartExecution;
import io.baton.node.service.ServiceModel.StateMachine;
import io.baton.node.service.ServiceModel.Tag;
import io.baton.node.service.ServiceModel.UpdateStateMachine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The state of {@link InMemoryBatonService}, its lookups (which throw AWS's errors) and clock. */
final class InMemoryStore {
  private static final String PREFIX = InMemoryBatonService.PREFIX;

  final Map<String, StateMachine> machines = new LinkedHashMap<>();
  final Map<String, Activity> activities = new LinkedHashMap<>();
  final Map<String, Map<String, String>> tags = new LinkedHashMap<>();
  final Map<String, Run> runs = new LinkedHashMap<>();
  final Map<String, List<ActivityTask>> queues = new LinkedHashMap<>();
  final Map<String, String> tokens = new LinkedHashMap<>();
  private Instant now = Instant.parse("2025-01-15T10:00:00.123Z");

  /** A clock that moves a little over a second per reading, so every event has its own time. */
  Instant tick() {
    now = now.plusMillis(1001);
    return now;
  }

  Run start(StartExecution r) {
    final StateMachine machine = machine(r.stateMachineArn());
    final String name = r.name().orElseGet(() -> UUID.randomUUID().toString());
    final String arn = PREFIX + "execution:" + machine.name() + ":" + name;
    final Run existing = runs.get(arn);
    if (existing != null) {
      throw new BatonException("ExecutionAlreadyExists", "Execution Already Exists: '" + arn + "'");
    }
    final Run run = new Run(arn, machine, name, r.input(), tick());
    runs.put(arn, run);
    final JsonNode definition = Json.parse(machine.definition());
    final String startAt = definition.path("StartAt").asText();
    final JsonNode first = definition.path("States").path(startAt);
    final String type = first.path("Type").asText();
    if ("Task".equals(type) && first.path("Resource").asText().contains(":activity:")) {
      run.waitForActivity(startAt, first.path("Resource").asText(), tick());
      final String token = UUID.randomUUID().toString();
      tokens.put(token, arn);
      queues
          .computeIfAbsent(first.path("Resource").asText(), a -> new ArrayList<>())
          .add(new ActivityTask(token, r.input()));
    } else if ("Fail".equals(type)) {
      run.finish(
          ExecutionStatus.FAILED,
          "ExecutionFailed",
          tick(),
          null,
          Optional.of(first.path("Error").asText("")),
          Optional.of(first.path("Cause").asText("")));
    } else {
      run.pass(startAt, tick());
      run.finish(
          ExecutionStatus.SUCCEEDED,
          "ExecutionSucceeded",
          tick(),
          r.input(),
          Optional.empty(),
          Optional.empty());
    }
    return run;
  }

  void checkDefinition(String definition) {
    final List<Diagnostic> errors =
        DefinitionValidator.validate(definition).stream()
            .filter(Diagnostic::isError)
            .collect(Collectors.toList());
    if (!errors.isEmpty()) {
      throw new BatonException(
          "InvalidDefinition", "Invalid State Machine Definition: '" + errors + "'");
    }
  }

  StateMachine machine(String arn) {
    final StateMachine machine = machines.get(arn);
    if (machine == null) {
      throw new BatonException(
          "StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
    }
    return machine;
  }

  Run run(String arn) {
    final Run run = runs.get(arn);
    if (run == null) {
      throw new BatonException("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
    }
    return run;
  }

  Run runForToken(String token) {
    final String arn = tokens.get(token);
    if (arn == null) {
      throw new BatonException("InvalidToken", "Invalid Token: '" + token + "'");
    }
    return run(arn);
  }

  Activity activity(String arn) {
    final Activity activity = activities.get(arn);
    if (activity == null) {
      throw new BatonException("ActivityDoesNotExist", "Activity Does Not Exist: '" + arn + "'");
    }
    return activity;
  }

  Map<String, String> tagsOf(String arn) {
    if (!machines.containsKey(arn) && !activities.containsKey(arn)) {
      throw new BatonException("ResourceNotFound", "Resource not found: '" + arn + "'");
    }
    return tags.computeIfAbsent(arn, a -> new LinkedHashMap<>());
  }

  StateMachine create(CreateStateMachine r) {
    final String arn = PREFIX + "stateMachine:" + r.name();
    if (machines.containsKey(arn)) {
      throw new BatonException(
          "StateMachineAlreadyExists", "State Machine Already Exists: '" + arn + "'");
    }
    checkDefinition(r.definition());
    final Instant at = tick();
    final StateMachine machine =
        new StateMachine(
            arn, r.name(), r.type(), r.definition(), r.roleArn(), null, at, at, "ACTIVE");
    machines.put(arn, machine);
    tags.put(arn, new LinkedHashMap<>(r.tags()));
    return machine;
  }

  StateMachine update(UpdateStateMachine r) {
    final StateMachine old = machine(r.stateMachineArn());
    r.definition().ifPresent(this::checkDefinition);
    final StateMachine machine =
        new StateMachine(
            old.arn(),
            old.name(),
            old.type(),
            r.definition().orElse(old.definition()),
            r.roleArn().orElse(old.roleArn()),
            UUID.randomUUID().toString(),
            old.creationDate(),
            tick(),
            old.status());
    machines.put(old.arn(), machine);
    return machine;
  }

  Activity createActivity(String name, List<Tag> newTags) {
    final String arn = PREFIX + "activity:" + name;
    final Activity activity = activities.computeIfAbsent(arn, a -> new Activity(arn, name, tick()));
    final Map<String, String> map = tags.computeIfAbsent(arn, a -> new LinkedHashMap<>());
    newTags.forEach(t -> map.put(t.key(), t.value()));
    return activity;
  }
}
