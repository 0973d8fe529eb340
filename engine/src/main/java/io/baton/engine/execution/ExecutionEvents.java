package io.baton.engine.execution;

/** The execution-level terminal event types and the status each one leaves. */
final class ExecutionEvents {
  private ExecutionEvents() {}

  static boolean isTerminal(String type) {
    return EventTypes.EXECUTION_SUCCEEDED.equals(type)
        || EventTypes.EXECUTION_FAILED.equals(type)
        || EventTypes.EXECUTION_ABORTED.equals(type)
        || EventTypes.EXECUTION_TIMED_OUT.equals(type);
  }

  static ExecutionStatus statusOf(String type) {
    switch (type) {
      case EventTypes.EXECUTION_SUCCEEDED:
        return ExecutionStatus.SUCCEEDED;
      case EventTypes.EXECUTION_FAILED:
        return ExecutionStatus.FAILED;
      case EventTypes.EXECUTION_ABORTED:
        return ExecutionStatus.ABORTED;
      case EventTypes.EXECUTION_TIMED_OUT:
        return ExecutionStatus.TIMED_OUT;
      default:
        throw new IllegalStateException("Expected a terminal event type, but found " + type);
    }
  }
}
