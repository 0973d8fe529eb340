package io.baton.node.api.aws;

import com.typesafe.config.Config;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the AWS-compatible HTTP API listens and what it accepts.
 *
 * <ul>
 *   <li>{@code accessKeys} maps access key ids to secret keys. Empty means requests are accepted
 *       without checking their SigV4 signature (the default, as for a local node); otherwise every
 *       request must be signed by one of these keys.
 *   <li>{@code maxPayloadBytes} bounds execution inputs and task outputs (AWS: 256 KiB); {@code
 *       maxRequestBytes} bounds a whole request body, which may carry a 1 MiB definition.
 *   <li>{@code activityPollTimeout} is how long GetActivityTask waits for a task (AWS: 60 s); the
 *       HTTP server's request timeout must be longer.
 * </ul>
 */
public record AwsApiSettings(
    String host,
    int port,
    String region,
    String account,
    Map<String, String> accessKeys,
    int maxPayloadBytes,
    int maxRequestBytes,
    Duration activityPollTimeout) {
  public static final int DEFAULT_PORT = 8083;
  public static final int DEFAULT_MAX_PAYLOAD_BYTES = 256 * 1024;

  public AwsApiSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(activityPollTimeout, "activityPollTimeout");
    accessKeys = Map.copyOf(accessKeys);
    if (maxPayloadBytes <= 0 || maxRequestBytes < maxPayloadBytes) {
      throw new IllegalArgumentException(
          "Expected 0 < max-payload-bytes <= max-request-bytes, but got "
              + maxPayloadBytes
              + " and "
              + maxRequestBytes);
    }
  }

  /** AWS's defaults: port 8083, us-east-1, account 123456789012, unsigned requests accepted. */
  public static AwsApiSettings defaults() {
    return new AwsApiSettings(
        "0.0.0.0",
        DEFAULT_PORT,
        "us-east-1",
        "123456789012",
        Map.of(),
        DEFAULT_MAX_PAYLOAD_BYTES,
        4 * 1024 * 1024,
        Duration.ofSeconds(60));
  }

  /** Reads the {@code baton.aws-api} section (see cluster-node's reference.conf). */
  public static AwsApiSettings fromConfig(Config root) {
    final Config c = root.getConfig("baton.aws-api");
    final Map<String, String> keys = new LinkedHashMap<>();
    for (Config key : c.getConfigList("access-keys")) {
      keys.put(key.getString("access-key-id"), key.getString("secret-access-key"));
    }
    return new AwsApiSettings(
        c.getString("host"),
        c.getInt("port"),
        c.getString("region"),
        c.getString("account"),
        keys,
        (int) c.getBytes("max-payload-bytes").longValue(),
        (int) c.getBytes("max-request-bytes").longValue(),
        c.getDuration("activity-poll-timeout"));
  }

  public AwsApiSettings withHost(String newHost) {
    return new AwsApiSettings(
        newHost,
        port,
        region,
        account,
        accessKeys,
        maxPayloadBytes,
        maxRequestBytes,
        activityPollTimeout);
  }

  public AwsApiSettings withPort(int newPort) {
    return new AwsApiSettings(
        host,
        newPort,
        region,
        account,
        accessKeys,
        maxPayloadBytes,
        maxRequestBytes,
        activityPollTimeout);
  }

  public AwsApiSettings withAccessKeys(Map<String, String> keys) {
    return new AwsApiSettings(
        host, port, region, account, keys, maxPayloadBytes, maxRequestBytes, activityPollTimeout);
  }

  public AwsApiSettings withActivityPollTimeout(Duration timeout) {
    return new AwsApiSettings(
        host, port, region, account, accessKeys, maxPayloadBytes, maxRequestBytes, timeout);
  }

  /** Whether requests must carry a valid SigV4 signature. */
  public boolean verifiesSignatures() {
    return !accessKeys.isEmpty();
  }

  @Override
  public String toString() {
    // Never print secret keys.
    return "AwsApiSettings[host="
        + host
        + ", port="
        + port
        + ", region="
        + region
        + ", account="
        + account
        + ", accessKeys="
        + accessKeys.keySet()
        + ", maxPayloadBytes="
        + maxPayloadBytes
        + ", maxRequestBytes="
        + maxRequestBytes
        + ", activityPollTimeout="
        + activityPollTimeout
        + "]";
  }
}
