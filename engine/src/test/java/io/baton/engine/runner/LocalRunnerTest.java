package io.baton.engine.runner;

import static io.baton.engine.testkit.HistoryAssert.assertThatHistory;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.definition.StateMachineDefinition;
import io.baton.engine.definition.parse.DefinitionParser;
import io.baton.engine.execution.ExecutionStatus;
import io.baton.engine.interpreter.Interpreter;
import io.baton.engine.json.Json;
import io.baton.engine.testkit.FakeClock;
import io.baton.engine.testkit.Invariants;
import io.baton.engine.testkit.SeededIds;
import io.baton.engine.testkit.TestExecutions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class LocalRunnerTest {
  private static final TaskInvoker ECHO =
      task -> CompletableFuture.completedFuture(TaskOutcome.success(task.parameters()));

  private static ExecutionResult run(LocalRunner runner, String definition, String input) {
    final StateMachineDefinition machine = DefinitionParser.parse(Json.parse(definition));
    final ExecutionResult result =
        runner.run(machine, TestExecutions.info("run", Json.parse(input), FakeClock.DEFAULT_START));
    Invariants.replayEqualsLive(machine, result.history(), result.finalState());
    return result;
  }

  @Test
  void shouldJumpVirtualTimeToEachTimerWithoutSleeping() {
    // given
    final List<Duration> slept = new ArrayList<>();
    final LocalRunner runner =
        new LocalRunner(new Interpreter(), ECHO, SeededIds.of(1), slept::add, 0);

    // when
    final ExecutionResult result =
        run(
            runner,
            """
            {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 86400, "End": true}}}
            """,
            "{\"a\": 1}");

    // then
    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(result.visibleHistory().get(3).timestamp())
        .isEqualTo(FakeClock.DEFAULT_START.plus(Duration.ofDays(1)));
    assertThat(slept).isEmpty();
  }

  @Test
  void shouldAskTheSleeperForScaledTimeWhenAWaitTimeScaleIsSet() {
    // given
    final List<Duration> slept = new ArrayList<>();
    final LocalRunner runner =
        new LocalRunner(new Interpreter(), ECHO, SeededIds.of(1), slept::add, 0.001);

    // when
    run(
        runner,
        """
        {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 1000, "End": true}}}
        """,
        "{}");

    // then
    assertThat(slept).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void shouldRunDistributedMapIterationsAsChildExecutions() {
    // when
    final ExecutionResult result =
        run(
            LocalRunner.virtual(ECHO, SeededIds.of(1)),
            """
            {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
              "ItemSelector": {"n.$": "$$.Map.Item.Value"},
              "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED"},
                "StartAt": "T", "States": {"T": {"Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}}}}
            """,
            "[1, 2, 3]");

    // then
    assertThat(result.output()).contains(Json.parse("[{\"n\": 1}, {\"n\": 2}, {\"n\": 3}]"));
    assertThatHistory(result.history())
        .containsTypeSequence("MapRunStarted", "MapRunSucceeded", "MapStateSucceeded")
        .doesNotContainType("TaskScheduled");
  }

  @Test
  void shouldSerializeAnswersWhenTheInvokerCompletesOnOtherThreads() {
    // given
    final ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      final TaskInvoker async =
          task -> CompletableFuture.supplyAsync(() -> TaskOutcome.success(task.parameters()), pool);

      // when
      final ExecutionResult result =
          run(
              LocalRunner.virtual(async, SeededIds.of(1)),
              """
              {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
                "ItemProcessor": {"StartAt": "T", "States": {"T": {"Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}}}}
              """,
              "[1, 2, 3, 4, 5, 6, 7, 8]");

      // then
      assertThat(result.output()).contains(Json.parse("[1, 2, 3, 4, 5, 6, 7, 8]"));
      assertThatHistory(result.history()).hasContiguousIds().hasCount("TaskSucceeded", 8);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void shouldTurnAnInvokerExceptionIntoTaskFailed() {
    // given
    final TaskInvoker broken =
        task -> CompletableFuture.failedFuture(new IllegalStateException("connection refused"));

    // when
    final ExecutionResult result =
        run(
            LocalRunner.virtual(broken, SeededIds.of(1)),
            """
            {"StartAt": "T", "States": {"T": {"Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}
            """,
            "{}");

    // then
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).contains("States.TaskFailed");
    assertThat(result.cause()).contains("connection refused");
  }
}
