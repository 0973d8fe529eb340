package io.baton.client.cli;

import io.baton.client.BatonClient;
import io.baton.client.ClientOptions;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options every remote command takes: where the node is, how to print, how long to wait. */
public final class RemoteOptions {
  /** How results are printed. */
  public enum Format {
    table,
    json
  }

  @Option(
      names = "--endpoint",
      paramLabel = "HOST:PORT",
      defaultValue = "${BATON_ENDPOINT:-localhost:50051}",
      description = "The node's gRPC address (default: ${DEFAULT-VALUE}; env BATON_ENDPOINT).")
  String endpoint;

  @Option(
      names = "--output",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table (default) or json.")
  Format output;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "Deadline of each call in seconds (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  boolean json() {
    return output == Format.json;
  }

  BatonClient connect() {
    return BatonClient.connect(
        ClientOptions.defaults()
            .withEndpoint(endpoint)
            .withDeadline(Duration.ofSeconds(timeoutSeconds)));
  }
}
