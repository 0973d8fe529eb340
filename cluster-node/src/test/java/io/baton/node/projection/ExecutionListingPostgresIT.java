package io.baton.node.projection;

import io.baton.node.testing.TestDatabase;

/**
 * The execution listing projection on a node with the PostgreSQL (skipped when no server is
 * reachable).
 */
class ExecutionListingPostgresIT extends ExecutionListingContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRES;
  }
}
