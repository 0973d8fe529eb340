package io.baton.node.e2e;

import io.baton.engine.json.Json;
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
 */
final class OutsideWorld implements AutoCloseable {
  private final ClusterFixture cluster;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Map<String, Integer> callbackStage = new ConcurrentHashMap<>();
  private final Map<Integer, AtomicInteger> deliveries = new ConcurrentHashMap<>();
  private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
  private final AtomicInteger errors = new AtomicInteger();

  OutsideWorld(ClusterFixture cluster, List<String> callbackExecutions, String activityArn) {
    this.cluster = cluster;
    callbackExecutions.forEach(arn -> callbackStage.put(arn, 0));
    spawn("callbacks", this::answerCallbacks);
    for (int w = 0; w < 2; w++) {
      final String worker = "worker-" + w;
      spawn(worker, () -> work(activityArn, worker));
    }
  }

  /** Failures of the responders other than nodes not answering (expected to stay 0). */
  int errors() {
    return errors.get();
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

  /** One pass over the callback executions still waiting for an answer. */
  private void answerCallbacks() {
    for (Map.Entry<String, Integer> e : callbackStage.entrySet()) {
      if (!running.get() || e.getValue() >= 2) {
        continue;
      }
      final List<String> tokens = tokens(e.getKey());
      final int stage = e.getValue();
      if (tokens.size() > stage) {
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
  private void work(String activityArn, String worker) {
    final GetActivityTaskResponse task =
        cluster.call(c -> c.getActivityTask(b -> b.activityArn(activityArn).workerName(worker)));
    if (task.taskToken() == null || task.taskToken().isEmpty()) {
      return;
    }
    final var input = Json.parse(task.input());
    final int delivery =
        deliveries
            .computeIfAbsent(input.path("x").asInt(), k -> new AtomicInteger())
            .incrementAndGet();
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
    }
  }

  @Override
  public void close() throws InterruptedException {
    running.set(false);
    for (Thread t : threads) {
      t.join(15_000);
    }
  }
}
