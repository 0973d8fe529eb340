package io.baton.node.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database for one test class: an H2 file in a temporary folder, or a new database on the
 * local PostgreSQL server (skipped, and reported as skipped, when that server is not up).
 */
public final class TestDatabase implements AutoCloseable {
  public static final String PG_ADMIN_URL =
      System.getProperty("baton.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
  public static final String PG_USER = System.getProperty("baton.test.pg.user", "postgres");

  public enum Kind {
    H2,
    POSTGRES
  }

  private final Kind kind;
  private final String url;
  private final String user;
  private final String pgName;

  private TestDatabase(Kind kind, String url, String user, String pgName) {
    this.kind = kind;
    this.url = url;
    this.user = user;
    this.pgName = pgName;
  }

  public static TestDatabase create(Kind kind) throws Exception {
    if (kind == Kind.H2) {
      final Path dir = Files.createTempDirectory("baton-h2-");
      return new TestDatabase(
          kind,
          "jdbc:h2:file:" + dir.resolve("baton") + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0",
          "sa",
          null);
    }
    final String name =
        "baton_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, "");
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      Assumptions.abort("PostgreSQL is not reachable at " + PG_ADMIN_URL + ": " + e.getMessage());
    }
    final String url = PG_ADMIN_URL.substring(0, PG_ADMIN_URL.lastIndexOf('/') + 1) + name;
    return new TestDatabase(kind, url, PG_USER, name);
  }

  public Kind kind() {
    return kind;
  }

  public String url() {
    return url;
  }

  public String user() {
    return user;
  }

  @Override
  public void close() {
    if (pgName == null) {
      return;
    }
    try (Connection c = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, "");
        Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + pgName + " WITH (FORCE)");
    } catch (SQLException e) {
      // Left behind; harmless.
    }
  }
}
