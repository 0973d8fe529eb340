package io.baton.node.db;

import akka.actor.ActorSystem;
import akka.persistence.jdbc.db.DefaultSlickDatabaseProvider;
import akka.persistence.jdbc.db.EagerSlickDatabase;
import akka.persistence.jdbc.db.SlickDatabase;
import akka.persistence.jdbc.db.SlickDatabaseProvider;
import com.typesafe.config.Config;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import scala.concurrent.ExecutionContext;

/**
 * The journal plugins' databases, as akka-persistence-jdbc makes them, with every thread of each
 * one's Slick pool started before a plugin gets it.
 *
 * <p>Slick 3.4 starts pool threads on demand, and a new thread's first task skips the queue that
 * counts connections in use. When the pool is already at its connection limit (recoveries that
 * stream events hold connections) that task fails Slick's "count cannot be increased" check: the
 * thread dies, the task is lost, and the journal call behind it times out after 10 s. This happened
 * to a node's first recoveries under a burst of starts (Slick fixed it in 3.5, which this journal
 * plugin does not use). Once every thread exists, every task goes through the queue.
 */
public final class PrestartedSlickDatabaseProvider implements SlickDatabaseProvider {
  /** Slick's own default pool size, for a plugin configuration that does not set one. */
  private static final int SLICK_DEFAULT_THREADS = 20;

  private final DefaultSlickDatabaseProvider defaults;

  public PrestartedSlickDatabaseProvider(ActorSystem system) {
    this.defaults = new DefaultSlickDatabaseProvider(system);
  }

  @Override
  public SlickDatabase database(Config config) {
    final SlickDatabase database = defaults.database(config);
    // A shared database is created lazily by the plugin; only the plugins' own ones are eager.
    if (database instanceof EagerSlickDatabase) {
      final int threads =
          config.hasPath("slick.db.numThreads")
              ? config.getInt("slick.db.numThreads")
              : SLICK_DEFAULT_THREADS;
      startAllThreads(database.database().executor().executionContext(), threads);
    }
    return database;
  }

  /**
   * Runs {@code threads} empty tasks: while a pool has fewer threads than its core size, each task
   * starts a new one. A plain task counts no connection in Slick's pool (it runs as one that
   * already has its connection), so this never trips the check it works around.
   */
  static void startAllThreads(ExecutionContext pool, int threads) {
    final CountDownLatch ran = new CountDownLatch(threads);
    for (int i = 0; i < threads; i++) {
      pool.execute(ran::countDown);
    }
    try {
      ran.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
