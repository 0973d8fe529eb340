package io.baton.engine.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.execution.ExecutionStatus;
import io.baton.engine.execution.HistoryEvent;
import io.baton.engine.json.Json;
import io.baton.engine.testkit.ExecutionHarness;
import io.baton.engine.testkit.HarnessExtension;
import io.baton.engine.testkit.SeededIds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Zeebe-style replay property: random machines, inputs and signal orders (answers, failures,
 * heartbeats, timers, child executions, stops and stale signals) must always end, replay to the
 * live state, number events 1..n and decide the same way twice from the same seed.
 */
class RandomReplayTest {
  private static final int MAX_STEPS = 1_000;

  @RegisterExtension final HarnessExtension engine = new HarnessExtension();

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void shouldReplayToTheLiveStateWhenMachinesInputsAndSignalsAreRandom(long seed) {
    // given
    final Run first = new Run(seed);
    final Run second = new Run(seed);

    // when
    first.drive();
    second.drive();

    // then
    assertThat(first.harness.status()).as(first.describe()).isNotEqualTo(ExecutionStatus.RUNNING);
    assertThat(first.harness.events()).as(first.describe()).isEqualTo(second.harness.events());
    assertThat(first.harness.effects()).isEqualTo(second.harness.effects());
    assertThat(timestamps(first.harness.events())).as(first.describe()).isSorted();
    first.harness.verifyReplay();
  }

  private static List<Instant> timestamps(List<HistoryEvent> events) {
    return events.stream().map(HistoryEvent::timestamp).toList();
  }

  /** One generated machine and the random walk of signals that drives it. */
  private final class Run {
    private final Random random;
    private final ObjectNode definition;
    private final ObjectNode input;
    private final ExecutionHarness harness;
    private final List<String> answeredTasks = new ArrayList<>();
    private final List<String> firedTimers = new ArrayList<>();

    Run(long seed) {
      this.random = new Random(seed);
      final RandomMachines machines = new RandomMachines(random);
      this.definition = machines.machine();
      this.input = machines.input();
      this.harness =
          engine.track(
              ExecutionHarness.builder(Json.write(definition)).ids(SeededIds.of(seed)).build());
    }

    String describe() {
      return "definition " + Json.write(definition) + " with input " + Json.write(input);
    }

    void drive() {
      harness.start(input);
      for (int step = 0; step < MAX_STEPS && harness.status() == ExecutionStatus.RUNNING; step++) {
        step(random.nextInt(100));
      }
    }

    private void step(int roll) {
      if (roll < 3) {
        sendStale();
      } else if (roll < 4) {
        harness.stop(random.nextBoolean() ? "Gen.Stop" : "", "");
      } else if (roll < 70 && !harness.openTasks().isEmpty()) {
        answerTask();
      } else if (roll < 85 && !harness.openChildren().isEmpty()) {
        answerChild();
      } else if (!harness.pendingTimers().isEmpty()) {
        firedTimers.add(nextTimerId());
        harness.fireNextTimer();
      } else if (!harness.openTasks().isEmpty()) {
        answerTask();
      } else if (!harness.openChildren().isEmpty()) {
        answerChild();
      } else {
        throw new AssertionError("Expected a way to make progress, but none: " + describe());
      }
    }

    private String nextTimerId() {
      return harness.pendingTimers().entrySet().stream()
          .min(java.util.Map.Entry.comparingByValue())
          .orElseThrow()
          .getKey();
    }

    private void answerTask() {
      final var open = harness.openTasks();
      final Effect.InvokeTask task = open.get(random.nextInt(open.size()));
      final int kind = random.nextInt(10);
      if (kind < 6) {
        answeredTasks.add(task.taskId());
        harness.succeed(task, "{\"r\": " + random.nextInt(100) + "}");
      } else if (kind < 9) {
        answeredTasks.add(task.taskId());
        harness.fail(task, random.nextBoolean() ? "Gen.Transient" : "Gen.Other", "generated");
      } else {
        harness.signal(new Signal.TaskHeartbeat(task.taskId()));
      }
    }

    private void answerChild() {
      final var open = harness.openChildren();
      final Effect.StartChildExecution child = open.get(random.nextInt(open.size()));
      if (random.nextInt(4) == 0) {
        harness.failChild(child, "Gen.Child", "generated");
      } else {
        harness.succeedChild(child, "{\"child\": " + child.index() + "}");
      }
    }

    /** A signal about work that is already over must change nothing. */
    private void sendStale() {
      final Decision decision;
      if (!answeredTasks.isEmpty() && random.nextBoolean()) {
        final String taskId = answeredTasks.get(random.nextInt(answeredTasks.size()));
        decision = harness.signal(new Signal.TaskSucceeded(taskId, Json.parse("{}")));
      } else if (!firedTimers.isEmpty()) {
        decision =
            harness.signal(
                new Signal.TimerFired(firedTimers.get(random.nextInt(firedTimers.size()))));
      } else {
        return;
      }
      assertThat(decision.isEmpty()).as("stale signal in " + describe()).isTrue();
    }
  }
}
