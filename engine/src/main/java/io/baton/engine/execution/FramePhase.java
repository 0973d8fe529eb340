package io.baton.engine.execution;

/**
 * Where a frame (the top level, a branch, or an iteration) stands.
 *
 * <pre>
 * READY ──enter──▶ ACTIVE ──exit──▶ READY (next state) | COMPLETED
 * ACTIVE ──▶ TASK | WAITING | RETRY_WAIT | FANOUT ──▶ ACTIVE
 * </pre>
 */
public enum FramePhase {
  /** About to enter {@code stateName} with {@code stateInput}. */
  READY,
  /** Inside a state, between events of one decision. */
  ACTIVE,
  /** Waiting for a task result. */
  TASK,
  /** In a Wait state, until its timer fires. */
  WAITING,
  /** Backing off before a retry, until its timer fires. */
  RETRY_WAIT,
  /** Running the branches or iterations of a Parallel or Map state. */
  FANOUT,
  /** Done; {@code output} holds the result. */
  COMPLETED
}
