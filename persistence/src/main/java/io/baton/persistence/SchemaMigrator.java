package io.baton.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the versioned schema files ({@code db/<dialect>/V<n>.sql}) that a database has not seen,
 * in order, recording each in {@code baton_schema_version}. Safe to run on every start and from
 * several nodes at once (each file is idempotent).
 */
public final class SchemaMigrator {
  /** The schema versions this build knows, in order. */
  public static final List<Integer> VERSIONS = List.of(1, 2, 3, 4);

  private SchemaMigrator() {}

  public static int migrate(Connection connection, Dialect dialect) throws SQLException {
    // Nodes starting together must not create the same tables at once (PostgreSQL can then fail
    // on its catalog); a session lock serializes them.
    if (dialect == Dialect.POSTGRES) {
      try (Statement st = connection.createStatement()) {
        st.execute("SELECT pg_advisory_lock(4710)");
      }
      try {
        return migrateLocked(connection, dialect);
      } finally {
        try (Statement st = connection.createStatement()) {
          st.execute("SELECT pg_advisory_unlock(4710)");
        }
      }
    }
    // H2 has no advisory locks: when another node creates the same objects at the same moment,
    // one attempt fails on "already exists"; the next sees them and moves on.
    for (int attempt = 1; ; attempt++) {
      try {
        return migrateLocked(connection, dialect);
      } catch (SQLException e) {
        if (attempt == 5) {
          throw e;
        }
        try {
          Thread.sleep(200L * attempt);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private static int migrateLocked(Connection connection, Dialect dialect) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute(
          "CREATE TABLE IF NOT EXISTS baton_schema_version (version INT PRIMARY KEY, applied_at BIGINT NOT NULL)");
    }
    int applied = 0;
    for (int version : VERSIONS) {
      if (isApplied(connection, version)) {
        continue;
      }
      for (String sql : statements(dialect.schemaFolder() + "/V" + version + ".sql")) {
        try (Statement st = connection.createStatement()) {
          st.execute(sql);
        }
      }
      try (Statement st = connection.createStatement()) {
        st.execute(
            "INSERT INTO baton_schema_version (version, applied_at) VALUES ("
                + version
                + ", "
                + System.currentTimeMillis()
                + ")");
      } catch (SQLException e) {
        if (!isApplied(connection, version)) {
          throw e;
        }
      }
      applied++;
    }
    return applied;
  }

  private static boolean isApplied(Connection connection, int version) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT 1 FROM baton_schema_version WHERE version = " + version)) {
      return rs.next();
    }
  }

  static List<String> statements(String resource) {
    try (InputStream in = SchemaMigrator.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Expected schema file " + resource + " on the classpath");
      }
      final String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      final List<String> out = new ArrayList<>();
      for (String part : text.split(";\\s*\\n")) {
        final String sql =
            part.lines()
                .filter(l -> !l.trim().startsWith("--"))
                .reduce("", (a, b) -> a + "\n" + b)
                .trim();
        if (!sql.isEmpty()) {
          out.add(sql);
        }
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + resource, e);
    }
  }
}
