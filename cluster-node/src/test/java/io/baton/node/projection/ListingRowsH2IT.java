package io.baton.node.projection;

import io.baton.node.testing.TestDatabase;

/** The listing table's writes and keyset reads on the embedded H2 database. */
class ListingRowsH2IT extends ListingRowsContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.H2;
  }
}
