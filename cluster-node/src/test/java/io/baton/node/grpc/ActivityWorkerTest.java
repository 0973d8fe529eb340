package io.baton.node.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.client.grpc.v1.Execution;
import io.baton.client.grpc.v1.ExecutionStatus;
import io.baton.client.worker.ActivityFailure;
import io.baton.client.worker.ActivityWorker;
import io.baton.engine.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ActivityWorkerTest {
  private static GatewayFixture gateway;

  @BeforeAll
  static void start() {
    gateway = GatewayFixture.start();
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  @Test
  void shouldRunTasksOnConcurrentPollersAndSendTheirResults() throws Exception {
    // given three executions waiting on an activity, and a handler that holds every task until
    // two run at once
    final String activity = gateway.client.createActivity("double").getActivityArn();
    final String machine = ActivitiesGrpcTest.machineFor(gateway, "doubling", activity);
    final CountDownLatch together = new CountDownLatch(2);
    final Set<String> threads = ConcurrentHashMap.newKeySet();
    final List<String> executions = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      executions.add(
          gateway.client.startExecution(machine, "{\"order\":" + i + "}").getExecutionArn());
    }

    // when
    try (ActivityWorker worker =
        ActivityWorker.builder(gateway.client)
            .activity(
                activity,
                task -> {
                  threads.add(Thread.currentThread().getName());
                  together.countDown();
                  together.await(10, TimeUnit.SECONDS);
                  return "{\"doubled\":" + task.inputJson().get("order").asInt() * 2 + "}";
                })
            .pollers(2)
            .build()
            .start()) {

      // then
      for (int i = 0; i < 3; i++) {
        final Execution ended = gateway.awaitEnd(executions.get(i), Duration.ofSeconds(10));
        assertThat(ended.getStatus()).isEqualTo(ExecutionStatus.EXECUTION_STATUS_SUCCEEDED);
        assertThat(Json.parse(ended.getOutput()).get("doubled").asInt()).isEqualTo((i + 1) * 2);
      }
      assertThat(threads).hasSize(2);
    }
  }

  @Test
  void shouldFailTheTaskWithTheHandlersErrorName() {
    // given
    final String activity = gateway.client.createActivity("refuse").getActivityArn();
    final String execution =
        gateway
            .client
            .startExecution(
                ActivitiesGrpcTest.machineFor(gateway, "refusing-worker", activity),
                "{\"order\":1}")
            .getExecutionArn();

    // when
    try (ActivityWorker worker =
        ActivityWorker.builder(gateway.client)
            .activity(
                activity,
                task -> {
                  throw new ActivityFailure("Order.Rejected", "out of stock");
                })
            .build()
            .start()) {
      final Execution ended = gateway.awaitEnd(execution, Duration.ofSeconds(10));

      // then
      assertThat(ended.getStatus()).isEqualTo(ExecutionStatus.EXECUTION_STATUS_FAILED);
      assertThat(ended.getError()).isEqualTo("Order.Rejected");
      assertThat(ended.getCause()).isEqualTo("out of stock");
    }
  }

  @Test
  void shouldHeartbeatWhileTheHandlerRunsAndNoticeATimedOutTask() {
    // given a handler that waits until the task is known to have timed out
    final String activity = gateway.client.createActivity("slow").getActivityArn();
    gateway.client.startExecution(
        ActivitiesGrpcTest.machineFor(gateway, "slow-worker", activity), "{\"order\":1}");
    final int before = gateway.service.activities.heartbeats.get();
    final CountDownLatch noticed = new CountDownLatch(1);

    // when
    try (ActivityWorker worker =
        ActivityWorker.builder(gateway.client)
            .activity(
                activity,
                task -> {
                  Eventually.until(
                      Duration.ofSeconds(10),
                      "two heartbeats",
                      () -> gateway.service.activities.heartbeats.get() >= before + 2);
                  gateway.service.activities.timeOut(task.taskToken());
                  Eventually.until(
                      Duration.ofSeconds(10), "the task to be cancelled", task::isCancelled);
                  noticed.countDown();
                  return "{}";
                })
            .heartbeatInterval(Duration.ofMillis(50))
            .build()
            .start()) {

      // then
      Eventually.until(
          Duration.ofSeconds(15), "the handler to notice", () -> noticed.getCount() == 0);
    }
  }

  @Test
  void shouldStopGracefullyLettingTheRunningHandlerFinish() throws Exception {
    // given a handler that is running when the worker is asked to stop
    final String activity = gateway.client.createActivity("graceful").getActivityArn();
    final String execution =
        gateway
            .client
            .startExecution(
                ActivitiesGrpcTest.machineFor(gateway, "graceful-worker", activity),
                "{\"order\":5}")
            .getExecutionArn();
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final ActivityWorker worker =
        ActivityWorker.builder(gateway.client)
            .activity(
                activity,
                task -> {
                  started.countDown();
                  release.await(10, TimeUnit.SECONDS);
                  return "{\"done\":true}";
                })
            .pollers(3)
            .build()
            .start();
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

    // when
    final var stopping =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> worker.stop(Duration.ofSeconds(10)));
    Eventually.until(
        Duration.ofSeconds(5),
        "idle polls to be withdrawn",
        () -> gateway.service.activities.waitingPolls(activity) == 0);
    release.countDown();

    // then
    assertThat(stopping.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(worker.runningTasks()).isZero();
    assertThat(gateway.awaitEnd(execution, Duration.ofSeconds(10)).getStatus())
        .isEqualTo(ExecutionStatus.EXECUTION_STATUS_SUCCEEDED);
  }
}
