package io.baton.engine.runner;

import io.baton.engine.interpreter.Effect;
import java.util.concurrent.CompletionStage;

/**
 * Performs the Task calls the engine asks for. The engine never calls anything itself; a runner
 * hands each {@link Effect.InvokeTask} to an invoker and feeds the outcome back as a signal.
 *
 * <ul>
 *   <li>May complete on any thread; the runner serializes outcomes into the execution.
 *   <li>A callback task ({@code .waitForTaskToken}) completes only when its token is reported.
 * </ul>
 */
@FunctionalInterface
public interface TaskInvoker {
  CompletionStage<TaskOutcome> invoke(Effect.InvokeTask task);
}
