package io.baton.node.entity;

import io.baton.engine.json.Json;
import io.baton.node.entity.ExecutionCommands.View;
import io.baton.persistence.ExecutionEntityState;

/** The DescribeExecution view of an entity's state. */
final class Views {
  private Views() {}

  static View of(ExecutionEntityState s) {
    return of(s, true);
  }

  /**
   * The same view, with the definition left out when it is not wanted: AwaitExecution answers only
   * what DescribeExecution shows, and the definition can be up to 1 MiB per answer.
   */
  static View of(ExecutionEntityState s, boolean withDefinition) {
    if (!s.exists()) {
      return new View(false, "", "", "", "", 0, 0, "", null, null, null, "", "");
    }
    final var e = s.execution();
    return new View(
        true,
        s.created().executionArn(),
        s.created().stateMachineArn(),
        s.created().name(),
        e.status().name(),
        s.created().startMillis(),
        s.stopMillis(),
        s.created().input(),
        e.output().map(Json::write).orElse(null),
        e.error().orElse(null),
        e.cause().orElse(null),
        s.created().revisionId(),
        withDefinition ? s.created().definition() : "");
  }
}
