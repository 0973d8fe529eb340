package io.baton.engine.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.interpreter.Effect;
import io.baton.engine.interpreter.Signal;
import io.baton.engine.runner.TaskInvoker;
import io.baton.engine.runner.TaskOutcome;

/** Answers the tasks of {@link ExecutionHarness#runToCompletion}, synchronously. */
@FunctionalInterface
public interface TaskResponder {
  TaskOutcome answer(Effect.InvokeTask task);

  /** Every task succeeds with its own parameters. */
  static TaskResponder echo() {
    return task -> TaskOutcome.success(task.parameters());
  }

  /** Every task succeeds with {@code output}. */
  static TaskResponder always(JsonNode output) {
    return task -> TaskOutcome.success(output);
  }

  /** Asks a {@link TaskInvoker} (a mock invoker, say) and waits for its answer. */
  static TaskResponder from(TaskInvoker invoker) {
    return task -> invoker.invoke(task).toCompletableFuture().join();
  }

  /** The signal that reports {@code outcome} for {@code task}. */
  static Signal signal(Effect.InvokeTask task, TaskOutcome outcome) {
    if (outcome instanceof TaskOutcome.Succeeded s) {
      return new Signal.TaskSucceeded(task.taskId(), s.output());
    }
    final TaskOutcome.Failed f = (TaskOutcome.Failed) outcome;
    return new Signal.TaskFailed(task.taskId(), f.error(), f.cause());
  }
}
