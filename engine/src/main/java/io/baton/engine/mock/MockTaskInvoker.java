package io.baton.engine.mock;

import io.baton.engine.interpreter.Effect;
import io.baton.engine.runner.TaskInvoker;
import io.baton.engine.runner.TaskOutcome;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answers Task states from a mock test case. Invocations are counted per state name, across
 * retries and Map iterations, as Step Functions Local does.
 */
public final class MockTaskInvoker implements TaskInvoker {
  private final Map<String, List<MockedResponse>> byState;
  private final TaskInvoker fallback;
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  public MockTaskInvoker(Map<String, List<MockedResponse>> byState, TaskInvoker fallback) {
    this.byState = Map.copyOf(byState);
    this.fallback = fallback;
  }

  @Override
  public CompletionStage<TaskOutcome> invoke(Effect.InvokeTask task) {
    final List<MockedResponse> responses = byState.get(task.stateName());
    if (responses == null) {
      return fallback.invoke(task);
    }
    final int n = counts.computeIfAbsent(task.stateName(), k -> new AtomicInteger()).getAndIncrement();
    for (MockedResponse r : responses) {
      if (r.covers(n)) {
        return CompletableFuture.completedFuture(
            r.isThrow() ? TaskOutcome.failure(r.error(), r.cause()) : TaskOutcome.success(r.returned()));
      }
    }
    return CompletableFuture.completedFuture(
        TaskOutcome.failure(
            "States.TaskFailed",
            "No mocked response for invocation " + n + " of state '" + task.stateName() + "'"));
  }
}
