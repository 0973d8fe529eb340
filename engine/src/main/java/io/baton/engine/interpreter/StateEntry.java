package io.baton.engine.interpreter;

import io.baton.engine.definition.ChoiceState;
import io.baton.engine.definition.FailState;
import io.baton.engine.definition.MapState;
import io.baton.engine.definition.ParallelState;
import io.baton.engine.definition.PassState;
import io.baton.engine.definition.State;
import io.baton.engine.definition.StateVisitor;
import io.baton.engine.definition.SucceedState;
import io.baton.engine.definition.TaskState;
import io.baton.engine.definition.WaitState;
import io.baton.engine.error.ErrorNames;
import io.baton.engine.error.Failure;
import io.baton.engine.error.FailureException;
import io.baton.engine.execution.EventTypes;
import io.baton.engine.execution.Frame;
import io.baton.engine.execution.FramePhase;

/** Entering a state: the Entered event, then the state type's handler. */
final class StateEntry implements StateVisitor<Void> {
  private final Decider d;
  private final Frame f;

  private StateEntry(Decider d, Frame f) {
    this.d = d;
    this.f = f;
  }

  static void enter(Decider d, Frame f) {
    final State state = f.state();
    d.emit(
        EventTypes.entered(state.typeName()),
        f,
        Events.stateEntered(f.stateName(), f.stateInput()),
        Events.internal("input", f.stateInput()));
    guarded(d, f, () -> state.accept(new StateEntry(d, f)));
  }

  /**
   * Runs a step of a state; a data error it raises becomes the state's failure, with AWS's cause
   * prefix and, for JSONata errors, an EvaluationFailed event.
   */
  static void guarded(Decider d, Frame f, Runnable step) {
    try {
      step.run();
    } catch (FailureException e) {
      final StateData data = new StateData(d, f);
      final Failure failure = Failure.of(e.error(), data.causePrefix() + e.errorCause());
      if (ErrorNames.QUERY_EVALUATION_ERROR.equals(failure.error())) {
        final var details = Events.errorCause(failure.error(), failure.cause());
        details.put("state", f.stateName());
        d.emit(EventTypes.EVALUATION_FAILED, f, details, Events.internal());
      }
      if (f.phase() == FramePhase.FANOUT && !ErrorNames.RUNTIME.equals(failure.error())) {
        // A Map whose ItemSelector fails while other iterations run fails by itself: cut them.
        Cuts.children(d, f, -1);
      }
      Failures.stateFailed(d, f, failure, givingUp(d, f));
    }
  }

  /** The event a Parallel or Map state writes when it fails for good. */
  static Runnable givingUp(Decider d, Frame f) {
    final State state = f.state();
    if (state instanceof MapState) {
      return () -> d.emit(EventTypes.MAP_STATE_FAILED, f, Events.details(), Events.internal());
    }
    if (state instanceof ParallelState) {
      return () -> d.emit(EventTypes.PARALLEL_STATE_FAILED, f, Events.details(), Events.internal());
    }
    return null;
  }

  @Override
  public Void visitPass(PassState state) {
    PassHandler.run(d, f, state);
    return null;
  }

  @Override
  public Void visitTask(TaskState state) {
    TaskHandler.schedule(d, f, state);
    return null;
  }

  @Override
  public Void visitChoice(ChoiceState state) {
    ChoiceHandler.run(d, f, state);
    return null;
  }

  @Override
  public Void visitWait(WaitState state) {
    WaitHandler.run(d, f, state);
    return null;
  }

  @Override
  public Void visitSucceed(SucceedState state) {
    final StateData data = new StateData(d, f);
    final var afterInputPath =
        data.jsonata
            ? f.stateInput()
            : io.baton.engine.data.PathFields.select(
                state.dataFlow().inputPath(), f.stateInput(), data.data(f.stateInput()));
    Exits.exit(d, f, data.finish(null, afterInputPath), java.util.Optional.empty());
    return null;
  }

  @Override
  public Void visitFail(FailState state) {
    FailHandler.run(d, f, state);
    return null;
  }

  @Override
  public Void visitParallel(ParallelState state) {
    ParallelHandler.start(d, f, state);
    return null;
  }

  @Override
  public Void visitMap(MapState state) {
    MapHandler.start(d, f, state);
    return null;
  }
}
