package io.baton.engine.execution;

/** An execution's status, as DescribeExecution reports it. */
public enum ExecutionStatus {
  RUNNING,
  SUCCEEDED,
  FAILED,
  TIMED_OUT,
  ABORTED,
  PENDING_REDRIVE;

  public boolean isTerminal() {
    return this != RUNNING;
  }
}
