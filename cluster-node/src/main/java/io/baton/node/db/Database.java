package io.baton.node.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.baton.persistence.Dialect;
import io.baton.persistence.SchemaMigrator;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The node's JDBC access for its own tables (the journal has its own pool inside the plugin).
 * Blocking calls run on a dedicated pool and come back as stages, so actors never block.
 */
public final class Database implements AutoCloseable {
  /** The advisory lock key that serializes schema migrations across nodes ("baton" in ASCII). */
  private static final long MIGRATION_LOCK = 0x6261746f6eL;

  private final HikariDataSource dataSource;
  private final ExecutorService executor;
  private final Dialect dialect;

  public Database(String url, String user, String password, int poolSize) {
    this.dialect = Dialect.fromJdbcUrl(url);
    final HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(poolSize);
    config.setPoolName("baton-db");
    this.dataSource = new HikariDataSource(config);
    this.executor =
        Executors.newFixedThreadPool(
            poolSize,
            r -> {
              final Thread t = new Thread(r, "baton-db");
              t.setDaemon(true);
              return t;
            });
  }

  /** Creates or upgrades the schema; safe on every start. */
  public void migrate() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      if (dialect != Dialect.POSTGRES) {
        SchemaMigrator.migrate(c, dialect);
        return;
      }
      // Nodes of a cluster start together: PostgreSQL's CREATE ... IF NOT EXISTS is not safe
      // against a concurrent one (it can fail on the catalog's unique index), so take turns.
      try (Statement st = c.createStatement()) {
        st.execute("SELECT pg_advisory_lock(" + MIGRATION_LOCK + ")");
      }
      try {
        SchemaMigrator.migrate(c, dialect);
      } finally {
        try (Statement st = c.createStatement()) {
          st.execute("SELECT pg_advisory_unlock(" + MIGRATION_LOCK + ")");
        }
      }
    }
  }

  public Dialect dialect() {
    return dialect;
  }

  /** Work that needs a connection, run off the caller's thread. */
  public <T> CompletionStage<T> run(SqlWork<T> work) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (Connection c = dataSource.getConnection()) {
            return work.apply(c);
          } catch (SQLException e) {
            throw new DatabaseException(e);
          }
        },
        executor);
  }

  /**
   * A pooled connection for a caller that runs its own transaction on its own blocking thread (the
   * listing projection's sessions); closing it returns it to the pool.
   */
  public Connection connection() throws SQLException {
    return dataSource.getConnection();
  }

  /** The same work, on the caller's thread (start-up only). */
  public <T> T runNow(SqlWork<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.apply(c);
    } catch (SQLException e) {
      throw new DatabaseException(e);
    }
  }

  @Override
  public void close() {
    executor.shutdown();
    dataSource.close();
  }

  /** A unit of JDBC work. */
  @FunctionalInterface
  public interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
  }

  /** A database failure, unchecked so it can complete a stage. */
  public static final class DatabaseException extends RuntimeException {
    public DatabaseException(SQLException cause) {
      super(cause.getMessage(), cause);
    }
  }
}
