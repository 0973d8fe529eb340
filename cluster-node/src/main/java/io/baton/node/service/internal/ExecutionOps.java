package io.baton.node.service.internal;

import static io.baton.node.service.internal.Stages.guard;

import akka.cluster.sharding.typed.javadsl.EntityRef;
import io.baton.engine.execution.HistoryEvent;
import io.baton.engine.json.Json;
import io.baton.node.entity.ExecutionCommands;
import io.baton.node.entity.ExecutionCommands.CreateReply;
import io.baton.node.entity.ExecutionEntity;
import io.baton.node.registry.ExecutionIndex;
import io.baton.node.registry.StateMachineRecord;
import io.baton.node.service.BatonException;
import io.baton.node.service.BatonService;
import io.baton.node.service.Names;
import io.baton.node.service.ServiceModel.Execution;
import io.baton.node.service.ServiceModel.ExecutionStarted;
import io.baton.node.service.ServiceModel.ExecutionStatus;
import io.baton.node.service.ServiceModel.ExecutionSummary;
import io.baton.node.service.ServiceModel.HistoryRequest;
import io.baton.node.service.ServiceModel.Page;
import io.baton.node.service.ServiceModel.StartExecution;
import io.baton.node.service.ServiceModel.StateMachine;
import io.baton.persistence.JournalEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;

/** Starting, describing, stopping and listing STANDARD executions, and reading history. */
final class ExecutionOps {
  private final NodeContext node;
  private final StateMachineOps machines;

  private final io.baton.node.entity.HistoryReader history;

  ExecutionOps(NodeContext node, StateMachineOps machines) {
    this.node = node;
    this.machines = machines;
    this.history = new io.baton.node.entity.HistoryReader(node.system());
  }

  /** A state machine ARN, possibly with {@code #TestCase} for the mock file. */
  record Target(String machineArn, Optional<String> testCase) {
    static Target parse(String arn) {
      final int hash = arn == null ? -1 : arn.indexOf('#');
      final String machine = hash < 0 ? arn : arn.substring(0, hash);
      Names.resourceName(machine, "stateMachine");
      return new Target(
          machine, hash < 0 ? Optional.empty() : Optional.of(arn.substring(hash + 1)));
    }
  }

  CompletionStage<ExecutionStarted> start(
      StartExecution request, StateMachineRecord machine, Target target) {
    final String input = checkedInput(request.input());
    final UnaryOperator<String> arnOf =
        n ->
            Names.executionArn(
                node.settings().region(), node.settings().account(), machine.name(), n);
    final String name =
        request.name().orElseGet(() -> node.placement().pick(node.ids()::newUuid, arnOf));
    Names.check("name", name);
    final String arn = arnOf.apply(name);
    final JournalEvent.ExecutionCreated created =
        new JournalEvent.ExecutionCreated(
            machine.definition(),
            machine.arn(),
            machine.revisionId(),
            arn,
            name,
            input,
            machine.roleArn(),
            target.testCase().orElse(null),
            null,
            null,
            0,
            node.clock().millis());
    return entity(arn)
        .<CreateReply>ask(
            replyTo -> new ExecutionCommands.Create(created, replyTo), node.settings().askTimeout())
        .thenApply(
            reply -> {
              switch (reply.outcome()) {
                case CREATED:
                case ALREADY_RUNNING_SAME_INPUT:
                  return new ExecutionStarted(arn, Instant.ofEpochMilli(reply.startMillis()));
                case ALREADY_EXISTS:
                  throw new BatonException(
                      "ExecutionAlreadyExists", "Execution Already Exists: '" + arn + "'");
                default:
                  throw new BatonException("InvalidDefinition", reply.message());
              }
            });
  }

  String checkedInput(String input) {
    final String text = input == null ? "{}" : input;
    Limits.payload("input", text, node.settings().maxPayloadBytes(), "InvalidExecutionInput");
    try {
      Json.parse(text);
    } catch (RuntimeException e) {
      throw new BatonException(
          "InvalidExecutionInput",
          "Invalid State Machine Execution Input: 'the input is not valid JSON'");
    }
    return text;
  }

  CompletionStage<Execution> describe(String executionArn) {
    return guard(() -> view(executionArn).thenApply(ExecutionOps::execution));
  }

  /**
   * Waits on the entity for the end. The ask outlives the entity's own timer by the normal ask
   * timeout; if it still gets no answer (the entity's node stopped, or it passivated), the caller
   * gets a fresh description instead of an error.
   */
  CompletionStage<Execution> await(String executionArn, Optional<Duration> timeout) {
    return guard(
        () -> {
          Names.machineOfExecution(executionArn);
          final Duration wait = timeout.orElse(BatonService.MAX_AWAIT);
          if (wait.isNegative() || wait.compareTo(BatonService.MAX_AWAIT) > 0) {
            throw new BatonException(
                "ValidationException",
                "Expected timeout to be between 0 and "
                    + BatonService.MAX_AWAIT.toMillis()
                    + " ms for '"
                    + executionArn
                    + "', but it was "
                    + wait.toMillis()
                    + " ms");
          }
          return entity(executionArn)
              .<ExecutionCommands.View>ask(
                  r -> new ExecutionCommands.AwaitEnd(wait.toMillis(), r),
                  wait.plus(node.settings().askTimeout()))
              .handle((v, failure) -> failure == null ? completed(v) : view(executionArn))
              .thenCompose(stage -> stage)
              .thenApply(
                  v -> {
                    if (!v.exists()) {
                      throw Stages.notFound("ExecutionDoesNotExist", "Execution", executionArn);
                    }
                    return execution(v);
                  });
        });
  }

  private static CompletionStage<ExecutionCommands.View> completed(ExecutionCommands.View v) {
    return java.util.concurrent.CompletableFuture.completedFuture(v);
  }

  CompletionStage<StateMachine> describeMachineFor(String executionArn) {
    return guard(
        () ->
            view(executionArn)
                .thenCompose(
                    v ->
                        machines
                            .get(v.stateMachineArn())
                            .thenApply(
                                m ->
                                    StateMachineOps.view(
                                        new io.baton.node.registry.StateMachineRecord(
                                            m.arn(),
                                            m.name(),
                                            m.type(),
                                            m.roleArn(),
                                            v.definition(),
                                            v.revisionId(),
                                            m.createdAt(),
                                            m.updatedAt())))));
  }

  CompletionStage<ExecutionCommands.View> view(String executionArn) {
    Names.machineOfExecution(executionArn);
    return entity(executionArn)
        .<ExecutionCommands.View>ask(ExecutionCommands.Describe::new, node.settings().askTimeout())
        .thenApply(
            v -> {
              if (!v.exists()) {
                throw Stages.notFound("ExecutionDoesNotExist", "Execution", executionArn);
              }
              return v;
            });
  }

  CompletionStage<Instant> stop(
      String executionArn, Optional<String> error, Optional<String> cause) {
    return guard(
        () ->
            view(executionArn)
                .thenCompose(
                    v ->
                        entity(executionArn)
                            .<ExecutionCommands.View>ask(
                                r ->
                                    new ExecutionCommands.Stop(
                                        error.orElse(""), cause.orElse(""), r),
                                node.settings().askTimeout()))
                .thenApply(
                    v ->
                        Instant.ofEpochMilli(
                            v.stopMillis() == 0 ? node.clock().millis() : v.stopMillis())));
  }

  CompletionStage<Page<ExecutionSummary>> list(
      String machineArn,
      Optional<ExecutionStatus> status,
      int maxResults,
      Optional<String> nextToken) {
    return guard(
        () -> {
          Names.resourceName(machineArn, "stateMachine");
          final int limit = Limits.pageSize(maxResults);
          final String listing =
              "executions|" + machineArn + "|" + status.map(Enum::name).orElse("");
          final Optional<ExecutionIndex.After> after =
              node.pages().position(listing, nextToken).map(ListingPosition::decode);
          return machines
              .get(machineArn)
              .thenCompose(
                  m -> node.executions().list(machineArn, status.map(Enum::name), after, limit + 1))
              .thenApply(
                  rows -> {
                    final List<ExecutionSummary> items = new ArrayList<>();
                    rows.stream().limit(limit).forEach(r -> items.add(summary(r)));
                    if (rows.size() <= limit) {
                      return new Page<>(items, Optional.<String>empty());
                    }
                    final ExecutionIndex.Row last = rows.get(limit - 1);
                    final String next =
                        ListingPosition.encode(
                            new ExecutionIndex.After(last.startDate(), last.executionArn()));
                    return new Page<>(items, Optional.of(node.pages().issue(listing, next)));
                  });
        });
  }

  private static ExecutionSummary summary(ExecutionIndex.Row r) {
    return new ExecutionSummary(
        r.executionArn(),
        r.stateMachineArn(),
        r.name(),
        ExecutionStatus.valueOf(r.status()),
        Instant.ofEpochMilli(r.startDate()),
        Optional.ofNullable(r.stopDate()).map(Instant::ofEpochMilli));
  }

  CompletionStage<Page<HistoryEvent>> history(HistoryRequest request) {
    return guard(
        () -> {
          Names.machineOfExecution(request.executionArn());
          final int limit = Limits.pageSize(request.maxResults());
          final String listing = "history|" + request.executionArn() + "|" + request.reverseOrder();
          final int offset =
              Integer.parseInt(node.pages().position(listing, request.nextToken()).orElse("0"));
          return view(request.executionArn())
              .thenCompose(v -> history.history(request.executionArn()))
              .thenApply(
                  events -> {
                    final List<HistoryEvent> all = new ArrayList<>(events);
                    if (request.reverseOrder()) {
                      Collections.reverse(all);
                    }
                    final int end = Math.min(all.size(), offset + limit);
                    final List<HistoryEvent> page =
                        offset >= all.size() ? List.of() : all.subList(offset, end);
                    return new Page<>(
                        List.copyOf(page),
                        end < all.size()
                            ? Optional.of(node.pages().issue(listing, Integer.toString(end)))
                            : Optional.empty());
                  });
        });
  }

  EntityRef<ExecutionCommands.Command> entity(String executionArn) {
    return node.sharding().entityRefFor(ExecutionEntity.TYPE_KEY, executionArn);
  }

  static Execution execution(ExecutionCommands.View v) {
    return new Execution(
        v.executionArn(),
        v.stateMachineArn(),
        v.name(),
        ExecutionStatus.valueOf(v.status()),
        Instant.ofEpochMilli(v.startMillis()),
        v.stopMillis() == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v.stopMillis())),
        v.input(),
        Optional.ofNullable(v.output()),
        Optional.ofNullable(v.error()),
        Optional.ofNullable(v.cause()),
        v.revisionId());
  }
}
