package io.baton.node.e2e;

import io.baton.engine.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.TaskDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

/**
 * What answers the executions' tasks from outside the cluster, through whichever node is up: a
 * callback service that fails each execution's first task token with a retried error and succeeds
 * its second, and activity workers that fail each execution's first delivery and succeed the next.
 *
 * <p>It records when it sent each answer and when a worker that took a task had become free, so
 * that the resume measurement starts the clock for an answered step when the answer was sent, not
 * when the execution happened to be waiting.
 */
final class OutsideWorld implements AutoCloseable {
  private static final int CALLBACK_THREADS = 3;
  private static final int WORKERS = 4;

  /** A worker took a task of an execution: when it had become free, and when it got the task. */
  record Pickup(Instant freeSince, Instant at) {}

  private final ClusterFixture cluster;
  private final List<String> runs;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Map<String, Integer> callbackStage = new ConcurrentHashMap<>();
  private final Map<Integer, AtomicInteger> deliveries = new ConcurrentHashMap<>();
  private final Map<String, List<Instant>> answers = new ConcurrentHashMap<>();
  private final Map<String, List<Pickup>> pickups = new ConcurrentHashMap<>();
  private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
  private final AtomicInteger errors = new AtomicInteger();

  /** {@code runs}: the executions by index (activity inputs name their index). */
  OutsideWorld(ClusterFixture cluster, List<String> runs, String activityArn) {
    this.cluster = cluster;
    this.runs = List.copyOf(runs);
    for (int i = 0; i < runs.size(); i++) {
      if (FailoverMachines.of(i) == FailoverMachines.CALLBACK) {
        callbackStage.put(runs.get(i), 0);
      }
    }
    for (int t = 0; t < CALLBACK_THREADS; t++) {
      final int share = t;
      spawn("callbacks-" + t, () -> answerCallbacks(share));
    }
    for (int w = 0; w < WORKERS; w++) {
      final String worker = "worker-" + w;
      final Instant[] freeSince = {Instant.now()};
      spawn(worker, () -> work(activityArn, worker, freeSince));
    }
  }

  /** Failures of the responders other than nodes not answering (expected to stay 0). */
  int errors() {
    return errors.get();
  }

  /** When the answers to {@code execution}'s tasks were first sent, in order. */
  List<Instant> answers(String execution) {
    return answers.getOrDefault(execution, List.of());
  }

  /** The workers' pickups of {@code execution}'s activity tasks, in order. */
  List<Pickup> pickups(String execution) {
    return pickups.getOrDefault(execution, List.of());
  }

  private void spawn(String name, Runnable loop) {
    final Thread t =
        new Thread(
            () -> {
              while (running.get()) {
                try {
                  loop.run();
                } catch (RuntimeException e) {
                  if (running.get()) {
                    errors.incrementAndGet();
                    e.printStackTrace();
                  }
                }
              }
            },
            "outside-" + name);
    t.setDaemon(true);
    threads.add(t);
    t.start();
  }

  /** One pass over this thread's share of the callback executions still waiting for an answer. */
  private void answerCallbacks(int share) {
    for (Map.Entry<String, Integer> e : callbackStage.entrySet()) {
      if (!running.get()
          || e.getValue() >= 2
          || Math.floorMod(e.getKey().hashCode(), CALLBACK_THREADS) != share) {
        continue;
      }
      final List<String> tokens = tokens(e.getKey());
      final int stage = e.getValue();
      if (tokens.size() > stage) {
        record(answers, e.getKey(), Instant.now());
        answer(tokens.get(stage), stage == 0);
        callbackStage.put(e.getKey(), stage + 1);
      }
    }
    pace();
  }

  /** The callback service looks for new tokens a few times a second, as a real one would poll. */
  private static void pace() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void answer(String token, boolean fail) {
    try {
      if (fail) {
        cluster.call(c -> c.sendTaskFailure(b -> b.taskToken(token).error("Flaky").cause("once")));
      } else {
        cluster.call(c -> c.sendTaskSuccess(b -> b.taskToken(token).output("{\"ok\":true}")));
      }
    } catch (TaskTimedOutException | InvalidTokenException | TaskDoesNotExistException e) {
      // A retried call whose first try got through: the token is spent.
    }
  }

  private List<String> tokens(String execution) {
    final List<HistoryEvent> events = history(cluster, execution);
    return events.stream()
        .filter(e -> e.type() == HistoryEventType.TASK_SCHEDULED)
        .map(e -> Json.parse(e.taskScheduledEventDetails().parameters()).get("token").asText())
        .toList();
  }

  static List<HistoryEvent> history(ClusterFixture cluster, String execution) {
    return cluster.call(
        c ->
            c
                .getExecutionHistoryPaginator(b -> b.executionArn(execution).maxResults(1000))
                .events()
                .stream()
                .toList());
  }

  /** One long poll of an activity worker, and its answer. */
  private void work(String activityArn, String worker, Instant[] freeSince) {
    final GetActivityTaskResponse task =
        cluster.call(c -> c.getActivityTask(b -> b.activityArn(activityArn).workerName(worker)));
    if (task.taskToken() == null || task.taskToken().isEmpty()) {
      return;
    }
    final var input = Json.parse(task.input());
    final int index = input.path("x").asInt();
    final String execution = runs.get(index);
    record(pickups, execution, new Pickup(freeSince[0], Instant.now()));
    final int delivery =
        deliveries.computeIfAbsent(index, k -> new AtomicInteger()).incrementAndGet();
    record(answers, execution, Instant.now());
    try {
      if (delivery == 1) {
        cluster.call(
            c -> c.sendTaskFailure(b -> b.taskToken(task.taskToken()).error("Flaky").cause("1")));
      } else {
        cluster.call(
            c ->
                c.sendTaskSuccess(
                    b ->
                        b.taskToken(task.taskToken())
                            .output(FailoverMachines.activityResult(input))));
      }
    } catch (TaskTimedOutException | InvalidTokenException | TaskDoesNotExistException e) {
      // Handed out twice after a node loss, and answered by the other worker first.
    } finally {
      freeSince[0] = Instant.now();
    }
  }

  private static <T> void record(Map<String, List<T>> log, String execution, T entry) {
    log.computeIfAbsent(execution, k -> Collections.synchronizedList(new ArrayList<>())).add(entry);
  }

  @Override
  public void close() throws InterruptedException {
    running.set(false);
    for (Thread t : threads) {
      t.join(15_000);
    }
  }
}
