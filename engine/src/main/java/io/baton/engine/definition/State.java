package io.baton.engine.definition;

import java.util.Optional;

/**
 * One state of a state machine. One record per ASL state type; the interpreter dispatches with
 * {@link StateVisitor}, so a new state type breaks compilation everywhere it must be handled.
 */
public sealed interface State
    permits PassState,
        TaskState,
        ChoiceState,
        WaitState,
        SucceedState,
        FailState,
        ParallelState,
        MapState {
  String name();

  /** The effective query language of this state (its own, else the machine's). */
  QueryLanguage queryLanguage();

  DataFlow dataFlow();

  /** The next state, or empty when this state ends its machine (or the type never transitions). */
  Optional<String> next();

  /** The ASL type name as written in "Type", which prefixes its history events. */
  String typeName();

  <R> R accept(StateVisitor<R> visitor);
}
