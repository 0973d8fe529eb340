package io.baton.node.service.internal;

import static io.baton.node.service.internal.Stages.guard;

import akka.cluster.sharding.typed.javadsl.EntityRef;
import io.baton.engine.json.Json;
import io.baton.node.entity.ExecutionCommands;
import io.baton.node.entity.ExecutionEntity;
import io.baton.node.registry.ActivityStore;
import io.baton.node.service.BatonException;
import io.baton.node.service.Names;
import io.baton.node.service.ServiceModel.Activity;
import io.baton.node.service.ServiceModel.ActivityTask;
import io.baton.node.service.ServiceModel.Page;
import io.baton.node.service.ServiceModel.Tag;
import io.baton.node.task.ActivityQueue;
import io.baton.node.task.TaskTokenCodec;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/** Activities, their workers' long polls, and task answers (activities and callbacks alike). */
final class ActivityOps {
  static final Duration MAX_POLL = Duration.ofSeconds(60);
  private static final Set<String> ENDED_UNSUCCESSFULLY = Set.of("ABORTED", "TIMED_OUT", "FAILED");
  private final NodeContext node;

  ActivityOps(NodeContext node) {
    this.node = node;
  }

  CompletionStage<Activity> create(String name, List<Tag> tags) {
    return guard(
        () -> {
          Names.check("name", name);
          final String arn =
              Names.activityArn(node.settings().region(), node.settings().account(), name);
          final Map<String, String> tagMap = new LinkedHashMap<>();
          tags.forEach(t -> tagMap.put(t.key(), t.value()));
          return node.activities()
              .create(new ActivityStore.Row(arn, name, node.clock().millis()))
              .thenCompose(row -> node.tags().put(arn, tagMap).thenApply(x -> view(row)));
        });
  }

  CompletionStage<Activity> describe(String arn) {
    return guard(() -> get(arn).thenApply(ActivityOps::view));
  }

  CompletionStage<ActivityStore.Row> get(String arn) {
    Names.resourceName(arn, "activity");
    return node.activities()
        .get(arn)
        .thenApply(
            r -> r.orElseThrow(() -> Stages.notFound("ActivityDoesNotExist", "Activity", arn)));
  }

  CompletionStage<Void> delete(String arn) {
    return guard(
        () -> {
          Names.resourceName(arn, "activity");
          return node.activities().delete(arn).thenCompose(x -> node.tags().removeAll(arn));
        });
  }

  CompletionStage<Page<Activity>> list(int maxResults, Optional<String> nextToken) {
    return guard(
        () -> {
          final int limit = Limits.pageSize(maxResults);
          final String after = node.pages().position("activities", nextToken).orElse("");
          return node.activities()
              .list(after, limit + 1)
              .thenApply(
                  rows -> {
                    final List<Activity> items =
                        rows.stream().limit(limit).map(ActivityOps::view).toList();
                    return new Page<>(
                        items,
                        rows.size() > limit
                            ? Optional.of(
                                node.pages().issue("activities", items.get(items.size() - 1).arn()))
                            : Optional.empty());
                  });
        });
  }

  CompletionStage<Optional<ActivityTask>> poll(String arn, Optional<String> worker, Duration wait) {
    return guard(
        () -> {
          final Duration timeout = wait.compareTo(MAX_POLL) > 0 ? MAX_POLL : wait;
          return get(arn)
              .thenCompose(
                  row ->
                      node.sharding()
                          .entityRefFor(ActivityQueue.TYPE_KEY, arn)
                          .<ActivityQueue.Polled>ask(
                              r ->
                                  new ActivityQueue.Poll(
                                      node.ids().newUuid(), worker.orElse(""), timeout, r),
                              timeout.plusSeconds(5)))
              .thenApply(p -> p.task().map(t -> new ActivityTask(t.taskToken(), t.input())));
        });
  }

  CompletionStage<Void> answer(
      String token, String kind, String output, String error, String cause) {
    return guard(
        () -> {
          final TaskTokenCodec.Claims claims =
              node.tokens()
                  .verify(token)
                  .orElseThrow(
                      () -> new BatonException("InvalidToken", "Invalid Token: '" + token + "'"));
          if (output != null) {
            Limits.payload("output", output, node.settings().maxPayloadBytes(), "InvalidOutput");
            try {
              Json.parse(output);
            } catch (RuntimeException e) {
              throw new BatonException(
                  "InvalidOutput", "Invalid Output: 'the output is not valid JSON'");
            }
          }
          final EntityRef<ExecutionCommands.Command> entity =
              node.sharding().entityRefFor(ExecutionEntity.TYPE_KEY, claims.executionArn());
          return entity
              .<ExecutionCommands.Accepted>ask(
                  r ->
                      new ExecutionCommands.TaskUpdate(
                          claims.taskId(), kind, output, error, cause, null, r),
                  node.settings().askTimeout())
              .thenApply(
                  accepted -> {
                    if (!accepted.accepted()) {
                      throw refused(accepted.executionStatus(), token);
                    }
                    return null;
                  });
        });
  }

  /**
   * Why a well-signed token's answer was refused. A task closed because its execution was stopped,
   * timed out or failed is TaskTimedOut, as AWS answers a worker whose execution was stopped (its
   * documented meaning: the task was already closed).
   */
  private static BatonException refused(String executionStatus, String token) {
    if (ENDED_UNSUCCESSFULLY.contains(executionStatus)) {
      return new BatonException(
          "TaskTimedOut", "Task Timed Out: 'Provided task does not exist anymore'");
    }
    return new BatonException("TaskDoesNotExist", "Task Does Not Exist: '" + token + "'");
  }

  static Activity view(ActivityStore.Row row) {
    return new Activity(row.arn(), row.name(), Instant.ofEpochMilli(row.createdAt()));
  }
}
