package io.baton.client;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.concurrent.TimeUnit;

/** Opens and closes the channels a {@link BatonClient} owns. */
final class Channels {
  private Channels() {}

  static ManagedChannel open(ClientOptions options) {
    final ManagedChannelBuilder<?> builder =
        Grpc.newChannelBuilder(options.endpoint(), InsecureChannelCredentials.create())
            .maxInboundMessageSize(options.maxInboundMessageBytes())
            .userAgent("baton-java-client");
    if (options.maxAttempts() > 1) {
      builder
          .defaultServiceConfig(RetryPolicy.serviceConfig(options))
          .maxRetryAttempts(options.maxAttempts())
          .enableRetry();
    } else {
      builder.disableRetry();
    }
    return builder.build();
  }

  static void close(ManagedChannel channel) {
    channel.shutdown();
    try {
      if (!channel.awaitTermination(5, TimeUnit.SECONDS)) {
        channel.shutdownNow();
      }
    } catch (InterruptedException e) {
      channel.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
