package io.baton.node.projection;

import io.baton.node.testing.TestDatabase;

/** The execution listing projection on a node with the embedded H2 database. */
class ExecutionListingH2IT extends ExecutionListingContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.H2;
  }
}
