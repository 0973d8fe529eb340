package io.baton.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Versioned schema files on an in-memory H2 database, fresh and upgraded from version 1. */
class SchemaMigratorTest {
  private static Connection fresh() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void shouldApplyEveryVersionOnceOnAFreshDatabase() throws Exception {
    try (Connection c = fresh()) {
      // when
      final int first = SchemaMigrator.migrate(c, Dialect.H2);
      final int again = SchemaMigrator.migrate(c, Dialect.H2);
      // then
      assertThat(first).isEqualTo(SchemaMigrator.VERSIONS.size());
      assertThat(again).isZero();
      assertThat(count(c, "SELECT COUNT(*) FROM \"akka_projection_offset_store\"")).isZero();
      assertThat(count(c, "SELECT COUNT(*) FROM \"akka_projection_management\"")).isZero();
    }
  }

  @Test
  void shouldAddTheProjectionTablesToAVersionOneDatabaseAndKeepItsRows() throws Exception {
    try (Connection c = fresh()) {
      // given: a database as the release before the listing projection left it
      for (String sql : SchemaMigrator.statements("db/h2/V1.sql")) {
        try (Statement st = c.createStatement()) {
          st.execute(sql);
        }
      }
      try (Statement st = c.createStatement()) {
        st.execute(
            "CREATE TABLE baton_schema_version (version INT PRIMARY KEY, applied_at BIGINT NOT"
                + " NULL)");
        st.execute("INSERT INTO baton_schema_version VALUES (1, 0)");
        st.execute(
            "INSERT INTO baton_executions VALUES ('arn:e', 'arn:m', 'e', 'SUCCEEDED', 1, 2)");
      }
      // when
      final int applied = SchemaMigrator.migrate(c, Dialect.H2);
      // then
      assertThat(applied).isEqualTo(SchemaMigrator.VERSIONS.size() - 1);
      assertThat(count(c, "SELECT COUNT(*) FROM \"akka_projection_offset_store\"")).isZero();
      assertThat(count(c, "SELECT COUNT(*) FROM baton_executions")).isEqualTo(1);
      assertThat(count(c, "SELECT MAX(version) FROM baton_schema_version"))
          .isEqualTo((long) SchemaMigrator.VERSIONS.get(SchemaMigrator.VERSIONS.size() - 1));
    }
  }
}
