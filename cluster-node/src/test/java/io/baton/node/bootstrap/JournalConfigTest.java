package io.baton.node.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.Config;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JournalConfigTest {
  private static final String H2 = "jdbc:h2:mem:journal-config";
  private static final String PG = "jdbc:postgresql://127.0.0.1:5432/baton";

  @Test
  void shouldWriteTheJournalOneBatchAtATimeOnH2() {
    // when
    final Config config = NodeConfig.load(Map.of("baton.database.url", H2));

    // then
    assertThat(config.getInt("jdbc-journal.parallelism")).isEqualTo(1);
    assertThat(config.getString("jdbc-journal.slick.db.url")).isEqualTo(H2);
  }

  @Test
  void shouldKeepAnEmbeddedH2OpenUntilTheNodeHasStopped() {
    // when
    final Config config =
        NodeConfig.load(Map.of("baton.database.url", "jdbc:h2:file:./data/b;WRITE_DELAY=0"));

    // then: the node's own pool and the journal's open it the same way
    final String kept = "jdbc:h2:file:./data/b;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    assertThat(config.getString("baton.database.url")).isEqualTo(kept);
    assertThat(config.getString("jdbc-journal.slick.db.url")).isEqualTo(kept);
    assertThat(config.getString("jdbc-read-journal.slick.db.url")).isEqualTo(kept);
    // and: a store with a write delay (H2's close flushes it), what H2 refuses, servers, an
    // explicit choice and PostgreSQL stay as given
    for (String url :
        new String[] {
          "jdbc:h2:file:./b;DB_CLOSE_DELAY=-1",
          "jdbc:h2:file:./b;WRITE_DELAY=0500",
          "jdbc:h2:file:./b;WRITE_DELAY=0;AUTO_SERVER=TRUE",
          "jdbc:h2:tcp://127.0.0.1:9092/b;WRITE_DELAY=0",
          "jdbc:h2:file:./b;WRITE_DELAY=0;db_close_on_exit=TRUE",
          PG
        }) {
      assertThat(NodeConfig.keptOpenUntilTheNodeStops(url)).isEqualTo(url);
    }
  }

  @Test
  void shouldWriteTheJournalInParallelOnPostgres() {
    // when
    final Config config = NodeConfig.load(Map.of("baton.database.url", PG));

    // then
    assertThat(config.getInt("jdbc-journal.parallelism")).isEqualTo(8);
    assertThat(config.getString("jdbc-journal.slick.profile"))
        .isEqualTo("slick.jdbc.PostgresProfile$");
  }

  @Test
  void shouldTakeTheConfiguredParallelismOnEither() {
    // when
    final Config h2 =
        NodeConfig.load(
            Map.of("baton.database.url", H2, "baton.database.journal-write-parallelism", 3));
    final Config pg =
        NodeConfig.load(
            Map.of("baton.database.url", PG, "baton.database.journal-write-parallelism", 3));

    // then
    assertThat(h2.getInt("jdbc-journal.parallelism")).isEqualTo(3);
    assertThat(pg.getInt("jdbc-journal.parallelism")).isEqualTo(3);
  }
}
