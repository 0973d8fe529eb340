package io.baton.node.entity;

import io.baton.node.testing.TestDatabase;

/** The execution lifecycle on PostgreSQL (skipped when no server is reachable). */
class ExecutionLifecyclePostgresIT extends ExecutionLifecycleContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRES;
  }
}
