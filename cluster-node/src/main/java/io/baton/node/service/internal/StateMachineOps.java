package io.baton.node.service.internal;

import static io.baton.node.service.internal.Stages.guard;

import io.baton.engine.definition.validate.DefinitionValidator;
import io.baton.engine.definition.validate.Diagnostic;
import io.baton.node.registry.StateMachineRecord;
import io.baton.node.service.BatonException;
import io.baton.node.service.Names;
import io.baton.node.service.ServiceModel.CreateStateMachine;
import io.baton.node.service.ServiceModel.MachineType;
import io.baton.node.service.ServiceModel.Page;
import io.baton.node.service.ServiceModel.StateMachine;
import io.baton.node.service.ServiceModel.UpdateStateMachine;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Creating, revising, reading and deleting state machines. */
final class StateMachineOps {
  private final NodeContext node;
  private final RecentMachines recent;

  StateMachineOps(NodeContext node) {
    this.node = node;
    this.recent = new RecentMachines(node.settings().machineCacheTtl(), System::nanoTime);
  }

  CompletionStage<StateMachine> create(CreateStateMachine request) {
    return guard(
        () -> {
          Names.check("name", request.name());
          checkDefinition(request.definition());
          checkRole(request.roleArn());
          final String arn =
              Names.stateMachineArn(
                  node.settings().region(), node.settings().account(), request.name());
          final long now = node.clock().millis();
          final StateMachineRecord record =
              new StateMachineRecord(
                  arn,
                  request.name(),
                  request.type().name(),
                  request.roleArn(),
                  request.definition(),
                  node.ids().newUuid(),
                  now,
                  now);
          return node.machines()
              .insert(record)
              .thenCompose(
                  inserted -> {
                    if (inserted) {
                      return node.tags().put(arn, request.tags()).thenApply(x -> view(record));
                    }
                    return node.machines()
                        .get(arn)
                        .thenApply(existing -> sameOrConflict(existing.orElseThrow(), record));
                  });
        });
  }

  /** CreateStateMachine is idempotent for an identical machine; otherwise it conflicts. */
  private static StateMachine sameOrConflict(
      StateMachineRecord existing, StateMachineRecord wanted) {
    if (existing.definition().equals(wanted.definition())
        && existing.roleArn().equals(wanted.roleArn())
        && existing.type().equals(wanted.type())) {
      return view(existing);
    }
    throw new BatonException(
        "StateMachineAlreadyExists", "State Machine Already Exists: '" + existing.arn() + "'");
  }

  CompletionStage<StateMachine> update(UpdateStateMachine request) {
    return guard(
        () -> {
          Names.resourceName(request.stateMachineArn(), "stateMachine");
          if (request.definition().isEmpty() && request.roleArn().isEmpty()) {
            throw new BatonException(
                "MissingRequiredParameter",
                "Either the definition or the roleArn must be specified");
          }
          request.definition().ifPresent(this::checkDefinition);
          request.roleArn().ifPresent(StateMachineOps::checkRole);
          return get(request.stateMachineArn())
              .thenCompose(
                  current -> {
                    final StateMachineRecord next =
                        new StateMachineRecord(
                            current.arn(),
                            current.name(),
                            current.type(),
                            request.roleArn().orElse(current.roleArn()),
                            request.definition().orElse(current.definition()),
                            node.ids().newUuid(),
                            current.createdAt(),
                            node.clock().millis());
                    return node.machines()
                        .update(next)
                        .thenApply(
                            x -> {
                              recent.forget(next.arn());
                              return view(next);
                            });
                  });
        });
  }

  CompletionStage<StateMachine> describe(String arn) {
    return guard(
        () -> {
          Names.resourceName(arn, "stateMachine");
          return get(arn).thenApply(StateMachineOps::view);
        });
  }

  CompletionStage<StateMachineRecord> get(String arn) {
    return node.machines()
        .get(arn)
        .thenApply(
            found ->
                found.orElseThrow(
                    () -> Stages.notFound("StateMachineDoesNotExist", "State Machine", arn)));
  }

  /** The machine to start an execution of: possibly a moment old (see {@link RecentMachines}). */
  CompletionStage<StateMachineRecord> forStart(String arn) {
    return recent.get(arn, this::get);
  }

  CompletionStage<Void> delete(String arn) {
    return guard(
        () -> {
          Names.resourceName(arn, "stateMachine");
          return node.machines()
              .delete(arn)
              .thenCompose(
                  x -> {
                    recent.forget(arn);
                    return node.tags().removeAll(arn);
                  });
        });
  }

  CompletionStage<Page<StateMachine>> list(int maxResults, Optional<String> nextToken) {
    return guard(
        () -> {
          final int limit = Limits.pageSize(maxResults);
          final String after = node.pages().position("machines", nextToken).orElse("");
          return node.machines()
              .list(after, limit + 1)
              .thenApply(
                  rows -> {
                    final List<StateMachine> items =
                        rows.stream().limit(limit).map(StateMachineOps::view).toList();
                    final Optional<String> next =
                        rows.size() > limit
                            ? Optional.of(
                                node.pages().issue("machines", items.get(items.size() - 1).arn()))
                            : Optional.empty();
                    return new Page<>(items, next);
                  });
        });
  }

  List<Diagnostic> validate(String definition) {
    return DefinitionValidator.validate(definition);
  }

  void checkDefinition(String definition) {
    if (definition == null || definition.isBlank()) {
      throw new BatonException(
          "InvalidDefinition", "Invalid State Machine Definition: the definition is empty");
    }
    if (definition.getBytes(StandardCharsets.UTF_8).length > node.settings().maxDefinitionBytes()) {
      throw new BatonException(
          "InvalidDefinition",
          "Invalid State Machine Definition: larger than "
              + node.settings().maxDefinitionBytes()
              + " bytes");
    }
    final List<Diagnostic> errors =
        DefinitionValidator.validate(definition).stream().filter(Diagnostic::isError).toList();
    if (!errors.isEmpty()) {
      throw new BatonException(
          "InvalidDefinition",
          "Invalid State Machine Definition: '"
              + String.join(", ", errors.stream().map(Object::toString).toList())
              + "'");
    }
  }

  static void checkRole(String roleArn) {
    if (roleArn == null || !roleArn.startsWith("arn:") || roleArn.split(":").length < 6) {
      throw new BatonException(
          "InvalidArn", "Invalid Arn: 'roleArn' must be an IAM role ARN: '" + roleArn + "'");
    }
  }

  static StateMachine view(StateMachineRecord r) {
    return new StateMachine(
        r.arn(),
        r.name(),
        MachineType.valueOf(r.type()),
        r.definition(),
        r.roleArn(),
        r.revisionId(),
        Instant.ofEpochMilli(r.createdAt()),
        Instant.ofEpochMilli(r.updatedAt()),
        "ACTIVE");
  }

  static <T> CompletionStage<T> completed(T value) {
    return CompletableFuture.completedFuture(value);
  }
}
