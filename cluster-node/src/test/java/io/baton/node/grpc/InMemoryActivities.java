package io.baton.node.grpc;

import io.baton.engine.json.Json;
import io.baton.engine.runner.TaskOutcome;
import io.baton.node.service.BatonException;
import io.baton.node.service.ServiceModel.Activity;
import io.baton.node.service.ServiceModel.ActivityTask;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The activity half of {@link InMemoryBatonService}: queues of tasks, waiting polls and task
 * tokens. A task is handed to the first poll still waiting, so a cancelled poll loses nothing.
 */
final class InMemoryActivities {
  private static final String PREFIX = "arn:aws:states:us-east-1:123456789012:activity:";

  private final Map<String, Activity> activities = new ConcurrentHashMap<>();
  private final Map<String, Deque<ActivityTask>> tasks = new ConcurrentHashMap<>();
  private final Map<String, Deque<CompletableFuture<Optional<ActivityTask>>>> polls =
      new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<TaskOutcome>> open = new ConcurrentHashMap<>();
  private final Set<String> timedOut = ConcurrentHashMap.newKeySet();
  final AtomicInteger heartbeats = new AtomicInteger();

  Activity create(String name) {
    if (name.isEmpty() || name.length() > 80) {
      throw new BatonException("InvalidName", "Invalid Name: '" + name + "'");
    }
    return activities.computeIfAbsent(PREFIX + name, arn -> new Activity(arn, name, Instant.now()));
  }

  Activity describe(String arn) {
    requireArn(arn);
    final Activity a = activities.get(arn);
    if (a == null) {
      throw new BatonException("ActivityDoesNotExist", "Activity Does Not Exist: '" + arn + "'");
    }
    return a;
  }

  java.util.List<Activity> all() {
    return activities.values().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
  }

  void delete(String arn) {
    requireArn(arn);
    activities.remove(arn);
  }

  /** Schedules a task for an activity; the future completes when a worker answers. */
  CompletableFuture<TaskOutcome> schedule(String activityArn, String input) {
    final ActivityTask task = new ActivityTask(UUID.randomUUID().toString(), input);
    final CompletableFuture<TaskOutcome> outcome = new CompletableFuture<>();
    open.put(task.taskToken(), outcome);
    synchronized (this) {
      final var waiting = polls.computeIfAbsent(activityArn, a -> new ArrayDeque<>());
      while (!waiting.isEmpty()) {
        if (waiting.poll().complete(Optional.of(task))) {
          return outcome;
        }
      }
      tasks.computeIfAbsent(activityArn, a -> new ArrayDeque<>()).add(task);
    }
    return outcome;
  }

  synchronized CompletableFuture<Optional<ActivityTask>> poll(String arn, Duration wait) {
    describe(arn);
    final ActivityTask ready = tasks.computeIfAbsent(arn, a -> new ArrayDeque<>()).poll();
    if (ready != null) {
      return CompletableFuture.completedFuture(Optional.of(ready));
    }
    final CompletableFuture<Optional<ActivityTask>> poll = new CompletableFuture<>();
    polls.computeIfAbsent(arn, a -> new ArrayDeque<>()).add(poll);
    CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS)
        .execute(() -> poll.complete(Optional.empty()));
    return poll;
  }

  void succeed(String token, String output) {
    final JsonOutput parsed = JsonOutput.parse(output);
    answer(token).complete(TaskOutcome.success(parsed.value));
  }

  void fail(String token, String error, String cause) {
    answer(token).complete(TaskOutcome.failure(error, cause));
  }

  void heartbeat(String token) {
    answer(token);
    heartbeats.incrementAndGet();
  }

  /** Makes the task's next answer or heartbeat fail with TaskTimedOut. */
  void timeOut(String token) {
    timedOut.add(token);
  }

  /** Polls of the activity still waiting for a task. */
  synchronized long waitingPolls(String arn) {
    return polls.getOrDefault(arn, new ArrayDeque<>()).stream().filter(p -> !p.isDone()).count();
  }

  private CompletableFuture<TaskOutcome> answer(String token) {
    if (token.isEmpty() || token.length() > 1024) {
      throw new BatonException("InvalidToken", "Invalid token");
    }
    if (timedOut.contains(token)) {
      throw new BatonException("TaskTimedOut", "Task Timed Out: '" + token + "'");
    }
    final CompletableFuture<TaskOutcome> outcome = open.get(token);
    if (outcome == null || outcome.isDone()) {
      throw new BatonException("TaskDoesNotExist", "Task Does Not Exist: '" + token + "'");
    }
    return outcome;
  }

  private static void requireArn(String arn) {
    if (!arn.startsWith("arn:aws:states:")) {
      throw new BatonException("InvalidArn", "Invalid Arn: '" + arn + "'");
    }
  }

  private record JsonOutput(com.fasterxml.jackson.databind.JsonNode value) {
    static JsonOutput parse(String text) {
      try {
        return new JsonOutput(Json.parse(text));
      } catch (UncheckedIOException e) {
        throw new BatonException("InvalidOutput", "Invalid Output: '" + text + "'");
      }
    }
  }
}
