package io.baton.node.grpc;

import com.typesafe.config.Config;
import java.time.Duration;

/**
 * Settings of the gRPC gateway, read from {@code baton.grpc} when a node starts.
 *
 * <ul>
 *   <li>{@code port}: 50051 by default; 0 picks a free port.
 *   <li>{@code maxMessageBytes}: the largest request accepted; larger ones are refused with {@code
 *       RESOURCE_EXHAUSTED} before they are read. The default fits a 1 MiB definition.
 *   <li>{@code maxInFlightCalls}: calls (long polls and watches included) one node works on at
 *       once; more are refused with {@code ThrottlingException}.
 *   <li>{@code watchPollInterval}: how often a Watch reads new history.
 *   <li>{@code maxActivityPoll}: the longest GetActivityTask wait, 60 s as on AWS.
 * </ul>
 */
public record GrpcServerConfig(
    int port,
    int maxMessageBytes,
    int maxInFlightCalls,
    Duration watchPollInterval,
    Duration maxActivityPoll) {
  public static final int DEFAULT_PORT = 50051;
  public static final int DEFAULT_MAX_MESSAGE_BYTES = 1024 * 1024 + 64 * 1024;

  public GrpcServerConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("baton.grpc.port must be 0..65535, was " + port);
    }
    if (maxMessageBytes < 1024) {
      throw new IllegalArgumentException(
          "baton.grpc.max-message-bytes must be at least 1024, was " + maxMessageBytes);
    }
    if (maxInFlightCalls < 1) {
      throw new IllegalArgumentException(
          "baton.grpc.max-in-flight-calls must be at least 1, was " + maxInFlightCalls);
    }
  }

  public static GrpcServerConfig defaults() {
    return new GrpcServerConfig(
        DEFAULT_PORT,
        DEFAULT_MAX_MESSAGE_BYTES,
        1000,
        Duration.ofMillis(150),
        Duration.ofSeconds(60));
  }

  /** Reads {@code baton.grpc.*}; a missing key keeps its default. */
  public static GrpcServerConfig fromConfig(Config config) {
    final GrpcServerConfig d = defaults();
    final String p = "baton.grpc.";
    return new GrpcServerConfig(
        config.hasPath(p + "port") ? config.getInt(p + "port") : d.port(),
        config.hasPath(p + "max-message-bytes")
            ? (int) config.getBytes(p + "max-message-bytes").longValue()
            : d.maxMessageBytes(),
        config.hasPath(p + "max-in-flight-calls")
            ? config.getInt(p + "max-in-flight-calls")
            : d.maxInFlightCalls(),
        config.hasPath(p + "watch-poll-interval")
            ? config.getDuration(p + "watch-poll-interval")
            : d.watchPollInterval(),
        config.hasPath(p + "max-activity-poll")
            ? config.getDuration(p + "max-activity-poll")
            : d.maxActivityPoll());
  }

  public GrpcServerConfig withPort(int value) {
    return new GrpcServerConfig(
        value, maxMessageBytes, maxInFlightCalls, watchPollInterval, maxActivityPoll);
  }

  public GrpcServerConfig withMaxMessageBytes(int value) {
    return new GrpcServerConfig(port, value, maxInFlightCalls, watchPollInterval, maxActivityPoll);
  }

  public GrpcServerConfig withMaxInFlightCalls(int value) {
    return new GrpcServerConfig(port, maxMessageBytes, value, watchPollInterval, maxActivityPoll);
  }

  public GrpcServerConfig withWatchPollInterval(Duration value) {
    return new GrpcServerConfig(port, maxMessageBytes, maxInFlightCalls, value, maxActivityPoll);
  }
}
