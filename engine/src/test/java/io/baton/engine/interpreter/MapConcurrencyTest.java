package io.baton.engine.interpreter;

import static io.baton.engine.testkit.HistoryAssert.assertThatHistory;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.execution.ExecutionStatus;
import io.baton.engine.json.Json;
import io.baton.engine.testkit.ExecutionHarness;
import io.baton.engine.testkit.HarnessExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MapConcurrencyTest {
  @RegisterExtension final HarnessExtension engine = new HarnessExtension();

  private ExecutionHarness map(String concurrency) {
    return engine.harness(
        """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items", %s "End": true,
          "ItemProcessor": {"StartAt": "Work", "States": {"Work": {"Type": "Task",
            "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}}}}
        """
            .formatted(concurrency));
  }

  /**
   * Answers open tasks, always the most recently started first, echoing the item; returns the
   * number of tasks open before each answer.
   */
  private static List<Integer> drain(ExecutionHarness h) {
    final List<Integer> open = new ArrayList<>();
    while (!h.openTasks().isEmpty()) {
      open.add(h.openTasks().size());
      final Effect.InvokeTask last = h.openTasks().get(h.openTasks().size() - 1);
      h.succeed(last, Json.write(last.parameters()));
    }
    return open;
  }

  @Test
  void shouldRunAtMostMaxConcurrencyIterationsAtOnce() {
    // given
    final ExecutionHarness h = map("\"MaxConcurrency\": 2,");

    // when
    h.start("{\"items\": [0, 1, 2, 3, 4]}");
    final List<Integer> open = drain(h);

    // then
    assertThat(open).hasSize(5).allMatch(n -> n <= 2).contains(2);
    assertThat(h.output()).isEqualTo(Json.parse("[0, 1, 2, 3, 4]"));
  }

  @Test
  void shouldStartTheNextIterationOnlyWhenOneFinishes() {
    // given
    final ExecutionHarness h = map("\"MaxConcurrency\": 1,");
    h.start("{\"items\": [\"a\", \"b\"]}");

    // when
    final Decision next = h.succeed("Work", "\"A\"");

    // then
    assertThat(next.events())
        .extracting(e -> e.type())
        .containsSubsequence(
            "TaskSucceeded", "MapIterationSucceeded", "MapIterationStarted", "TaskScheduled");
    assertThat(h.task("Work").parameters()).isEqualTo(Json.parse("\"b\""));
  }

  @Test
  void shouldStartEveryIterationAtOnceWhenMaxConcurrencyIsZero() {
    // given
    final ExecutionHarness h = map("\"MaxConcurrency\": 0,");

    // when
    h.start("{\"items\": [1, 2, 3, 4]}");

    // then
    assertThat(h.openTasks()).hasSize(4);
    assertThat(h.openTasks())
        .extracting(Effect.InvokeTask::framePath)
        .containsExactly("0", "1", "2", "3");
  }

  @Test
  void shouldReadTheBoundFromInputWhenMaxConcurrencyPathIsSet() {
    // given
    final ExecutionHarness h = map("\"MaxConcurrencyPath\": \"$.limit\",");

    // when
    h.start("{\"items\": [1, 2, 3], \"limit\": 1}");
    final List<Integer> open = drain(h);

    // then
    assertThat(open).containsExactly(1, 1, 1);
    assertThat(h.output()).isEqualTo(Json.parse("[1, 2, 3]"));
  }

  @Test
  void shouldFailWithRuntimeErrorBeforeStartingWhenMaxConcurrencyPathIsNotANumber() {
    // given
    final ExecutionHarness h = map("\"MaxConcurrencyPath\": \"$.limit\",");

    // when
    h.start("{\"items\": [1], \"limit\": \"NoNumber\"}");

    // then
    assertThat(h.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(h.state().cause().orElseThrow())
        .isEqualTo(
            "An error occurred while executing the state 'M' (entered at the event id #2). The"
                + " MaxConcurrencyPath field refers to value \"NoNumber\" which is not a valid"
                + " integer: $.limit");
    assertThatHistory(h).hasTypes("ExecutionStarted", "MapStateEntered", "ExecutionFailed");
  }
}
