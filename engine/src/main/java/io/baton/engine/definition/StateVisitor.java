package io.baton.engine.definition;

/** Dispatch over the state types (Java 17 has no exhaustive pattern switch). */
public interface StateVisitor<R> {
  R visitPass(PassState state);

  R visitTask(TaskState state);

  R visitChoice(ChoiceState state);

  R visitWait(WaitState state);

  R visitSucceed(SucceedState state);

  R visitFail(FailState state);

  R visitParallel(ParallelState state);

  R visitMap(MapState state);
}
