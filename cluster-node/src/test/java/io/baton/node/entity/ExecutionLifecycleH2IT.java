package io.baton.node.entity;

import io.baton.node.testing.TestDatabase;

/** The execution lifecycle on the embedded H2 database. */
class ExecutionLifecycleH2IT extends ExecutionLifecycleContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.H2;
  }
}
