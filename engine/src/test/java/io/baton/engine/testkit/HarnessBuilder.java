package io.baton.engine.testkit;

import io.baton.engine.definition.StateMachineDefinition;
import io.baton.engine.interpreter.Interpreter;
import io.baton.engine.interpreter.TaskTokens;

/** Chooses the clock, ids, task tokens and execution name of an {@link ExecutionHarness}. */
public final class HarnessBuilder {
  private final StateMachineDefinition definition;
  private FakeClock clock = new FakeClock();
  private SeededIds ids = SeededIds.of(1);
  private TaskTokens tokens = TaskTokens.PLAIN;
  private String executionName = TestExecutions.EXECUTION_NAME;

  HarnessBuilder(StateMachineDefinition definition) {
    this.definition = definition;
  }

  public HarnessBuilder clock(FakeClock clock) {
    this.clock = clock;
    return this;
  }

  public HarnessBuilder ids(SeededIds ids) {
    this.ids = ids;
    return this;
  }

  public HarnessBuilder tokens(TaskTokens tokens) {
    this.tokens = tokens;
    return this;
  }

  public HarnessBuilder executionName(String name) {
    this.executionName = name;
    return this;
  }

  public ExecutionHarness build() {
    return new ExecutionHarness(definition, new Interpreter(tokens), clock, ids, executionName);
  }
}
