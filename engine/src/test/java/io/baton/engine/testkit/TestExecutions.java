package io.baton.engine.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.execution.ExecutionInfo;
import java.time.Instant;

/** The fixed names and ARNs test executions run under, in the AWS form. */
public final class TestExecutions {
  public static final String STATE_MACHINE_ARN =
      "arn:aws:states:us-east-1:123456789012:stateMachine:TestMachine";
  public static final String EXECUTION_NAME = "test-execution";
  public static final String EXECUTION_ARN =
      "arn:aws:states:us-east-1:123456789012:execution:TestMachine:" + EXECUTION_NAME;
  public static final String ROLE_ARN = "arn:aws:iam::123456789012:role/baton-test";

  private TestExecutions() {}

  /** Execution info for an execution called {@code name}, started at {@code startTime}. */
  public static ExecutionInfo info(String name, JsonNode input, Instant startTime) {
    final String arn = EXECUTION_ARN.replace(EXECUTION_NAME, name);
    return new ExecutionInfo(
        arn, name, STATE_MACHINE_ARN, "TestMachine", ROLE_ARN, input, startTime, 0);
  }
}
