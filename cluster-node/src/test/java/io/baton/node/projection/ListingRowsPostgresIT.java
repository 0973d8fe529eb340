package io.baton.node.projection;

import io.baton.node.testing.TestDatabase;

/**
 * The listing table's writes and keyset reads on the PostgreSQL (skipped when no server is
 * reachable).
 */
class ListingRowsPostgresIT extends ListingRowsContract {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRES;
  }
}
