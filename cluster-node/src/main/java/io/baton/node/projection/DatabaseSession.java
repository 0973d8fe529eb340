package io.baton.node.projection;

import akka.japi.function.Function;
import akka.projection.jdbc.JdbcSession;
import io.baton.node.db.Database;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One transaction of the listing projection on a connection from the node's own pool: the rows a
 * group of events changes and the projection's offset commit together, which is what makes the
 * listing exactly-once. The projection opens sessions on its blocking JDBC dispatcher only.
 */
final class DatabaseSession implements JdbcSession {
  private final Connection connection;

  DatabaseSession(Database db) {
    try {
      this.connection = db.connection();
      connection.setAutoCommit(false);
    } catch (SQLException e) {
      throw new Database.DatabaseException(e);
    }
  }

  @Override
  public <R> R withConnection(Function<Connection, R> work) throws Exception {
    return work.apply(connection);
  }

  @Override
  public void commit() throws SQLException {
    connection.commit();
  }

  @Override
  public void rollback() throws SQLException {
    connection.rollback();
  }

  /** Returns the connection to the pool, which restores its auto-commit mode. */
  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
