package io.baton.node.bootstrap;

import com.typesafe.config.Config;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The {@code baton { … }} configuration, read once at start. */
public record NodeSettings(
    String region,
    String account,
    String httpHost,
    int httpPort,
    int grpcPort,
    int grpcMaxInFlight,
    String dbUrl,
    String dbUser,
    String dbPassword,
    int dbPoolSize,
    int maxPayloadBytes,
    int maxDefinitionBytes,
    int timerSlices,
    Duration timerPollInterval,
    int timerBatchSize,
    int listingSlices,
    int listingGroupSize,
    Duration listingGroupWithin,
    Duration askTimeout,
    Duration machineCacheTtl,
    double waitTimeScale,
    Optional<Path> mockConfig,
    String secret) {

  public static NodeSettings from(Config root) {
    final Config c = root.getConfig("baton");
    final String mock = c.getString("mock-config");
    return new NodeSettings(
        c.getString("region"),
        c.getString("account"),
        c.getString("http.host"),
        c.getInt("http.port"),
        c.getInt("grpc.port"),
        c.getInt("grpc.max-in-flight-calls"),
        c.getString("database.url"),
        c.getString("database.user"),
        c.getString("database.password"),
        c.getInt("database.pool-size"),
        c.getInt("limits.max-payload-bytes"),
        c.getInt("limits.max-definition-bytes"),
        c.getInt("timers.slices"),
        c.getDuration("timers.poll-interval"),
        c.getInt("timers.batch-size"),
        c.getInt("projection.slices"),
        c.getInt("projection.group-size"),
        c.getDuration("projection.group-within"),
        c.getDuration("executions.ask-timeout"),
        c.getDuration("executions.machine-cache-ttl"),
        c.getDouble("executions.wait-time-scale"),
        mock.isBlank() ? Optional.empty() : Optional.of(Path.of(mock)),
        c.getString("secret"));
  }
}
