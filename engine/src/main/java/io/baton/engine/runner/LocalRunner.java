package io.baton.engine.runner;

import io.baton.engine.IdSource;
import io.baton.engine.definition.StateMachineDefinition;
import io.baton.engine.execution.ExecutionInfo;
import io.baton.engine.interpreter.Interpreter;
import java.util.Objects;

/**
 * Runs an execution to its end in memory, answering the engine's effects: tasks go to a {@link
 * TaskInvoker} (concurrently), timers to a clock, Distributed Map iterations to child executions.
 *
 * <ul>
 *   <li>Time is virtual: it starts at the execution's start time and jumps to each due timer, so
 *       a one-day Wait takes no time. With a {@link Sleeper} and a {@code waitTimeScale} above 0,
 *       real time passes too, scaled (Step Functions Local's WAIT_TIME_SCALE).
 *   <li>Thread-safe: each {@link #run} is independent.
 * </ul>
 */
public final class LocalRunner {
  private final Interpreter interpreter;
  private final TaskInvoker invoker;
  private final IdSource ids;
  private final Sleeper sleeper;
  private final double waitTimeScale;

  public LocalRunner(
      Interpreter interpreter,
      TaskInvoker invoker,
      IdSource ids,
      Sleeper sleeper,
      double waitTimeScale) {
    this.interpreter = Objects.requireNonNull(interpreter);
    this.invoker = Objects.requireNonNull(invoker);
    this.ids = Objects.requireNonNull(ids);
    this.sleeper = Objects.requireNonNull(sleeper);
    this.waitTimeScale = waitTimeScale;
  }

  /** A runner with virtual time only, for tests and the conformance protocol. */
  public static LocalRunner virtual(TaskInvoker invoker, IdSource ids) {
    return new LocalRunner(new Interpreter(), invoker, ids, Sleeper.NONE, 0);
  }

  public ExecutionResult run(StateMachineDefinition definition, ExecutionInfo info) {
    return new LocalRun(interpreter, invoker, ids, sleeper, waitTimeScale).run(definition, info);
  }
}
