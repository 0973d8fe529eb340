package io.baton.node.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import io.baton.engine.execution.HistoryEvent;
import io.baton.node.bootstrap.RunningNode;
import io.baton.node.service.BatonException;
import io.baton.node.service.BatonService;
import io.baton.node.service.ServiceModel.CreateStateMachine;
import io.baton.node.service.ServiceModel.Execution;
import io.baton.node.service.ServiceModel.ExecutionStatus;
import io.baton.node.service.ServiceModel.HistoryRequest;
import io.baton.node.service.ServiceModel.MachineType;
import io.baton.node.service.ServiceModel.StartExecution;
import io.baton.node.testing.TestDatabase;
import io.baton.node.testing.TestNodes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Executions on a real node (real actor system, sharding, journal, timers) against a real database;
 * each database kind runs the same contract.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExecutionLifecycleContract {
  static final String ROLE = "arn:aws:iam::123456789012:role/test";
  private TestDatabase db;
  private RunningNode node;
  private BatonService service;

  abstract TestDatabase.Kind kind();

  @BeforeAll
  void startNode() throws Exception {
    db = TestDatabase.create(kind());
    node = TestNodes.start(TestNodes.settings(db));
    service = node.service();
  }

  @AfterAll
  void stopNode() {
    if (node != null) {
      node.close();
    }
    if (db != null) {
      db.close();
    }
  }

  static <T> T join(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  String machine(String name, String definition) {
    return join(service.createStateMachine(
            new CreateStateMachine(name, definition, ROLE, MachineType.STANDARD, Map.of())))
        .arn();
  }

  String start(String machineArn, String name, String input) {
    return join(service.startExecution(
            new StartExecution(machineArn, Optional.of(name), input, Optional.empty())))
        .executionArn();
  }

  Execution awaitEnd(String executionArn, Duration within) {
    await()
        .atMost(within)
        .pollInterval(Duration.ofMillis(50))
        .until(
            () ->
                join(service.describeExecution(executionArn)).status() != ExecutionStatus.RUNNING);
    return join(service.describeExecution(executionArn));
  }

  List<String> historyTypes(String executionArn) {
    return join(
            service.getExecutionHistory(
                new HistoryRequest(executionArn, 1000, false, true, Optional.empty())))
        .items()
        .stream()
        .map(HistoryEvent::type)
        .toList();
  }

  @Test
  void shouldRunPassAndChoiceStatesToTheEnd() {
    // given
    final String arn =
        machine(
            "chain",
            "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Result\":{\"n\":1},\"Next\":\"C\"},"
                + "\"C\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.n\",\"NumericEquals\":1,\"Next\":\"B\"}],\"Default\":\"F\"},"
                + "\"B\":{\"Type\":\"Pass\",\"End\":true},\"F\":{\"Type\":\"Fail\",\"Error\":\"Wrong\"}}}");
    // when
    final String exec = start(arn, "run-1", "{}");
    final Execution done = awaitEnd(exec, Duration.ofSeconds(10));
    // then
    assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(done.output()).contains("{\"n\":1}");
    assertThat(historyTypes(exec))
        .containsExactly(
            "ExecutionStarted",
            "PassStateEntered",
            "PassStateExited",
            "ChoiceStateEntered",
            "ChoiceStateExited",
            "PassStateEntered",
            "PassStateExited",
            "ExecutionSucceeded");
  }

  @Test
  void shouldBeIdempotentOnNameAndInputWhileRunningElseRefuse() {
    // given
    final String arn =
        machine(
            "waiter",
            "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":30,\"End\":true}}}");
    final String first = start(arn, "same", "{\"a\":1}");
    // when
    final String again = start(arn, "same", "{\"a\":1}");
    // then
    assertThat(again).isEqualTo(first);
    assertThatThrownBy(() -> start(arn, "same", "{\"a\":2}"))
        .isInstanceOf(BatonException.class)
        .extracting(e -> ((BatonException) e).errorName())
        .isEqualTo("ExecutionAlreadyExists");
    join(service.stopExecution(first, Optional.of("Stopped"), Optional.empty()));
    assertThat(join(service.describeExecution(first)).status()).isEqualTo(ExecutionStatus.ABORTED);
  }

  @Test
  void shouldFireDurableTimersForWaits() {
    // given: a 3-second wait goes through the timers table, not only memory
    final String arn =
        machine(
            "wait3",
            "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":3,\"End\":true}}}");
    final long started = System.nanoTime();
    // when
    final Execution done = awaitEnd(start(arn, "w", "{\"x\":true}"), Duration.ofSeconds(15));
    // then
    assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    final long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
    assertThat(seconds).isBetween(2L, 5L);
  }

  @Test
  void shouldCompleteACallbackTaskWithItsToken() {
    // given
    final String arn =
        machine(
            "callback",
            "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::sqs:sendMessage.waitForTaskToken\","
                + "\"Parameters\":{\"token.$\":\"$$.Task.Token\"},\"End\":true}}}");
    final String exec = start(arn, "cb", "{}");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> historyTypes(exec).contains("TaskScheduled"));
    final String token = tokenFrom(exec);
    // when
    join(service.sendTaskSuccess(token, "{\"approved\":true}"));
    // then
    assertThat(awaitEnd(exec, Duration.ofSeconds(10)).output()).contains("{\"approved\":true}");
    assertThatThrownBy(() -> join(service.sendTaskSuccess(token, "{}")))
        .extracting(e -> ((BatonException) e).errorName())
        .isEqualTo("TaskDoesNotExist");
    assertThatThrownBy(() -> join(service.sendTaskSuccess(token + "x", "{}")))
        .extracting(e -> ((BatonException) e).errorName())
        .isEqualTo("InvalidToken");
  }

  @Test
  void shouldServeActivityTasksToPollingWorkers() {
    // given
    final String activity = join(service.createActivity("work", List.of())).arn();
    final String arn =
        machine(
            "activity",
            "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\""
                + activity
                + "\",\"End\":true}}}");
    final String exec = start(arn, "act", "{\"job\":7}");
    // when
    final var task =
        join(service.getActivityTask(activity, Optional.of("w1"), Duration.ofSeconds(10)));
    // then
    assertThat(task).isPresent();
    assertThat(task.get().input()).isEqualTo("{\"job\":7}");
    join(service.sendTaskSuccess(task.get().taskToken(), "{\"done\":7}"));
    assertThat(awaitEnd(exec, Duration.ofSeconds(10)).output()).contains("{\"done\":7}");
    assertThat(historyTypes(exec))
        .containsSubsequence("ActivityScheduled", "ActivityStarted", "ActivitySucceeded");
  }

  @Test
  void shouldRunParallelWithNestedMapAndRetryWithBackOff() {
    // given: a callback task that fails once and is retried after a 1 s back-off
    final String arn =
        machine(
            "fanout",
            "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Parallel\",\"End\":true,\"Branches\":["
                + "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"ItemsPath\":\"$.items\",\"End\":true,"
                + "\"ItemProcessor\":{\"StartAt\":\"I\",\"States\":{\"I\":{\"Type\":\"Pass\",\"Parameters\":{\"v.$\":\"States.MathAdd($,1)\"},\"End\":true}}}}}},"
                + "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke.waitForTaskToken\","
                + "\"Parameters\":{\"t.$\":\"$$.Task.Token\"},\"Retry\":[{\"ErrorEquals\":[\"Flaky\"],\"IntervalSeconds\":1}],\"End\":true}}}]}}}");
    final String exec = start(arn, "fan", "{\"items\":[1,2,3]}");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> historyTypes(exec).contains("TaskScheduled"));
    // when
    join(service.sendTaskFailure(tokenFrom(exec), Optional.of("Flaky"), Optional.of("once")));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> historyTypes(exec).stream().filter("TaskScheduled"::equals).count() == 2);
    join(service.sendTaskSuccess(tokenFrom(exec), "\"ok\""));
    // then
    final Execution done = awaitEnd(exec, Duration.ofSeconds(10));
    assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(done.output()).contains("[[{\"v\":2},{\"v\":3},{\"v\":4}],\"ok\"]");
  }

  @Test
  void shouldRunEachRunningBranchAndIterationInAChildActorBoundedByMaxConcurrency() {
    // given: a Parallel whose first branch maps five callback tasks two at a time, while its
    // second branch waits an hour
    final String arn =
        machine(
            "children",
            "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Parallel\",\"End\":true,\"Branches\":["
                + "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"ItemsPath\":\"$.items\",\"MaxConcurrency\":2,\"End\":true,"
                + "\"ItemProcessor\":{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\","
                + "\"Resource\":\"arn:aws:states:::lambda:invoke.waitForTaskToken\","
                + "\"Parameters\":{\"token.$\":\"$$.Task.Token\",\"item.$\":\"$\"},\"End\":true}}}}}},"
                + "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":3600,\"End\":true}}}]}}}");
    final String exec = start(arn, "kids", "{\"items\":[1,2,3,4,5]}");
    // when
    await().atMost(Duration.ofSeconds(10)).until(() -> branches(exec).size() == 4);
    // then: both branches and the first two iterations, each in its own child
    assertThat(branches(exec)).containsExactly("0", "0/0", "0/1", "1");
    // when: iteration 0 ends
    join(service.sendTaskSuccess(tokenOfItem(exec, 1), "{}"));
    // then: its child is gone and iteration 2's took its place, never more than two at once
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              final List<String> now = branches(exec);
              assertThat(now.stream().filter(p -> p.startsWith("0/"))).hasSizeLessThanOrEqualTo(2);
              return now.equals(List.of("0", "0/1", "0/2", "1"));
            });
    // when: the execution is stopped
    join(service.stopExecution(exec, Optional.of("Halt"), Optional.of("enough")));
    // then: every child is stopped with it
    assertThat(awaitEnd(exec, Duration.ofSeconds(10)).status()).isEqualTo(ExecutionStatus.ABORTED);
    await().atMost(Duration.ofSeconds(10)).until(() -> branches(exec).isEmpty());
  }

  List<String> branches(String exec) {
    return branches(node, exec);
  }

  /** The frame paths of the branch children the execution's entity runs now. */
  static List<String> branches(RunningNode node, String exec) {
    return join(ClusterSharding.get(node.system())
            .entityRefFor(ExecutionEntity.TYPE_KEY, exec)
            .<ExecutionCommands.BranchList>ask(
                ExecutionCommands.ListBranches::new, Duration.ofSeconds(5)))
        .framePaths();
  }

  /** The token of the callback task scheduled for Map item {@code item}. */
  String tokenOfItem(String exec, int item) {
    for (HistoryEvent e :
        join(service.getExecutionHistory(
                new HistoryRequest(exec, 1000, false, true, Optional.empty())))
            .items()) {
      if ("TaskScheduled".equals(e.type())
          && e.details().get("parameters").get("item").asInt() == item) {
        return e.details().get("parameters").get("token").asText();
      }
    }
    throw new IllegalStateException("no task for item " + item + " in " + exec);
  }

  /** The token of the latest TaskScheduled event, read from its parameters. */
  String tokenFrom(String exec) {
    final List<HistoryEvent> events =
        join(service.getExecutionHistory(
                new HistoryRequest(exec, 1000, true, true, Optional.empty())))
            .items();
    for (HistoryEvent e : events) {
      if ("TaskScheduled".equals(e.type())) {
        final var params = e.details().get("parameters");
        final var t = params.has("token") ? params.get("token") : params.get("t");
        return t.asText();
      }
    }
    throw new IllegalStateException("no TaskScheduled in " + exec);
  }
}
