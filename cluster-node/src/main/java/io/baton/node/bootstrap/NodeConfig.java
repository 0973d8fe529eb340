package io.baton.node.bootstrap;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.baton.persistence.Dialect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the node's configuration and points the journal plugins and the listing projection at the
 * configured database, with the Slick profile, driver and projection dialect that database needs.
 */
public final class NodeConfig {
  private NodeConfig() {}

  public static Config load() {
    return load(Map.of());
  }

  /** {@code overrides} (e.g. ports and URL in tests) on top of the normal configuration. */
  public static Config load(Map<String, Object> overrides) {
    ConfigFactory.invalidateCaches();
    final Config base =
        ConfigFactory.parseMap(overrides)
            .withFallback(ConfigFactory.defaultOverrides())
            .withFallback(ConfigFactory.defaultApplication())
            .withFallback(ConfigFactory.parseResources("baton-node.conf"))
            .withFallback(ConfigFactory.defaultReferenceUnresolved())
            .resolve();
    return withDatabase(withSeedNodes(base));
  }

  /**
   * {@code baton.cluster.seed-nodes} ({@code BATON_SEED_NODES}: {@code host:port,host:port}) as
   * {@code akka.cluster.seed-nodes}, unless those are set already.
   */
  static Config withSeedNodes(Config config) {
    final String list = config.getString("baton.cluster.seed-nodes");
    if (list.isBlank() || !config.getStringList("akka.cluster.seed-nodes").isEmpty()) {
      return config;
    }
    final String system = "baton";
    final List<String> seeds = new ArrayList<>();
    for (String part : list.split(",")) {
      final String seed = part.trim();
      if (seed.isEmpty()) {
        continue;
      }
      if (seed.contains("://")) {
        seeds.add(seed);
      } else {
        seeds.add("akka://" + system + "@" + (seed.contains(":") ? seed : seed + ":25520"));
      }
    }
    return ConfigFactory.parseMap(Map.of("akka.cluster.seed-nodes", seeds)).withFallback(config);
  }

  private static Config withDatabase(Config config) {
    final String url = keptOpenUntilTheNodeStops(config.getString("baton.database.url"));
    final Dialect dialect = Dialect.fromJdbcUrl(url);
    // The journal plugins' settings, derived from the node's, and the URL as the node opens it.
    final Map<String, Object> derived = new HashMap<>();
    derived.put("baton.database.url", url);
    final String profile =
        dialect == Dialect.POSTGRES ? "slick.jdbc.PostgresProfile$" : "slick.jdbc.H2Profile$";
    final String driver = dialect == Dialect.POSTGRES ? "org.postgresql.Driver" : "org.h2.Driver";
    for (String plugin :
        new String[] {"jdbc-journal", "jdbc-snapshot-store", "jdbc-read-journal"}) {
      derived.put(plugin + ".slick.profile", profile);
      derived.put(plugin + ".slick.db.driver", driver);
      derived.put(plugin + ".slick.db.url", url);
      derived.put(plugin + ".slick.db.user", config.getString("baton.database.user"));
      derived.put(plugin + ".slick.db.password", config.getString("baton.database.password"));
    }
    derived.put(
        "akka.projection.jdbc.dialect",
        dialect == Dialect.POSTGRES ? "postgres-dialect" : "h2-dialect");
    final int parallelism = config.getInt("baton.database.journal-write-parallelism");
    derived.put(
        "jdbc-journal.parallelism",
        parallelism > 0 ? parallelism : dialect == Dialect.POSTGRES ? 8 : 1);
    return ConfigFactory.parseMap(derived).withFallback(config);
  }

  /**
   * An embedded H2 database that writes every commit at once stays open until the node has stopped.
   * By default H2 closes it from a JVM shutdown hook of its own, at the same time as the node's
   * graceful stop, and the journal writes and listing reads still draining then fail with "Database
   * is already closed". With WRITE_DELAY=0 each commit is in the file already, so H2 has nothing to
   * flush at exit; with a write delay H2's own close still flushes the last commits, so such a URL
   * is left as it is, as are PostgreSQL, H2 servers (tcp, ssl), AUTO_SERVER (H2 refuses the two
   * together) and a URL that sets DB_CLOSE_ON_EXIT itself.
   */
  static String keptOpenUntilTheNodeStops(String url) {
    final String upper = url.toUpperCase(java.util.Locale.ROOT);
    final List<String> settings = List.of(upper.split(";"));
    if (!upper.startsWith("JDBC:H2:")
        || upper.startsWith("JDBC:H2:TCP:")
        || upper.startsWith("JDBC:H2:SSL:")
        || !settings.contains("WRITE_DELAY=0")
        || upper.contains("DB_CLOSE_ON_EXIT")
        || settings.contains("AUTO_SERVER=TRUE")) {
      return url;
    }
    return url + ";DB_CLOSE_ON_EXIT=FALSE";
  }
}
