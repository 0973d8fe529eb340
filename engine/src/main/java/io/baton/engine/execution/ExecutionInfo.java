package io.baton.engine.execution;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * What the context object says about an execution: names, ARNs, role, input and start time. The
 * caller chooses names and ARNs; the engine never invents them.
 */
public record ExecutionInfo(
    String executionArn,
    String name,
    String stateMachineArn,
    String stateMachineName,
    String roleArn,
    JsonNode input,
    Instant startTime,
    int redriveCount) {}
