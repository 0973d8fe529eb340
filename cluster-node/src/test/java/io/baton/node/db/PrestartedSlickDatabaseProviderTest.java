package io.baton.node.db;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.ActorSystem;
import akka.persistence.jdbc.db.SlickDatabase;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PrestartedSlickDatabaseProviderTest {
  private final ActorSystem system =
      ActorSystem.create("prestart", ConfigFactory.parseString("akka.loglevel = WARNING"));
  private SlickDatabase database;

  @AfterEach
  void stop() {
    if (database != null) {
      database.database().close();
    }
    system.terminate();
  }

  @Test
  void shouldStartEveryPoolThreadBeforeTheDatabaseIsUsed() {
    // given: a plugin's database settings with a pool of 3 threads and 3 connections
    final Config plugin =
        ConfigFactory.parseMap(
            Map.of(
                "slick.profile", "slick.jdbc.H2Profile$",
                "slick.db.url", "jdbc:h2:mem:prestart;DB_CLOSE_DELAY=-1",
                "slick.db.driver", "org.h2.Driver",
                "slick.db.user", "sa",
                "slick.db.password", "",
                "slick.db.poolName", "prestart-test",
                "slick.db.numThreads", 3,
                "slick.db.maxConnections", 3,
                "slick.db.minConnections", 1));
    // when
    database = new PrestartedSlickDatabaseProvider(system).database(plugin);
    // then: all three exist, so no task is ever handed to a thread that is still starting
    assertThat(poolThreads("prestart-test-")).isEqualTo(3);
  }

  private static long poolThreads(String prefix) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith(prefix) && t.isAlive())
        .count();
  }
}
