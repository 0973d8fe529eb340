package io.baton.engine.execution;

import io.baton.engine.definition.ChoiceState;
import io.baton.engine.definition.FailState;
import io.baton.engine.definition.MapState;
import io.baton.engine.definition.ParallelState;
import io.baton.engine.definition.PassState;
import io.baton.engine.definition.StateVisitor;
import io.baton.engine.definition.SucceedState;
import io.baton.engine.definition.TaskState;
import io.baton.engine.definition.WaitState;

/** How many retriers a state has (only Task, Parallel and Map may retry). */
final class RetrierCount implements StateVisitor<Integer> {
  static final RetrierCount INSTANCE = new RetrierCount();

  @Override
  public Integer visitPass(PassState state) {
    return 0;
  }

  @Override
  public Integer visitTask(TaskState state) {
    return state.errorHandling().retry().size();
  }

  @Override
  public Integer visitChoice(ChoiceState state) {
    return 0;
  }

  @Override
  public Integer visitWait(WaitState state) {
    return 0;
  }

  @Override
  public Integer visitSucceed(SucceedState state) {
    return 0;
  }

  @Override
  public Integer visitFail(FailState state) {
    return 0;
  }

  @Override
  public Integer visitParallel(ParallelState state) {
    return state.errorHandling().retry().size();
  }

  @Override
  public Integer visitMap(MapState state) {
    return state.errorHandling().retry().size();
  }
}
