package io.baton.node.registry;

/** A stored state machine: its current revision. */
public record StateMachineRecord(
    String arn,
    String name,
    String type,
    String roleArn,
    String definition,
    String revisionId,
    long createdAt,
    long updatedAt) {}
