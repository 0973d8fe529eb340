package io.baton.node.bootstrap;

import io.baton.node.api.aws.AwsApiServer;
import io.baton.node.api.aws.AwsApiSettings;
import io.baton.node.grpc.GrpcServer;
import io.baton.node.grpc.GrpcServerConfig;
import io.baton.node.service.BatonService;

/** Starts the node's gateways: the AWS JSON API on the HTTP port and gRPC. */
final class Gateways {
  private static final java.time.Duration DRAIN = java.time.Duration.ofSeconds(5);

  private Gateways() {}

  /**
   * Both gateways stop in the coordinated shutdown's first phases, before this node hands its
   * shards off and leaves the cluster: clients move to other nodes while it still answers requests
   * already in flight (for up to {@link #DRAIN}).
   */
  static void start(RunningNode node, BatonService service, NodeSettings settings)
      throws Exception {
    final var binding =
        AwsApiServer.start(
                node.system(),
                service,
                AwsApiSettings.fromConfig(node.system().settings().config()))
            .toCompletableFuture()
            .get(30, java.util.concurrent.TimeUnit.SECONDS);
    binding.addToCoordinatedShutdown(DRAIN, node.system());
    GrpcServer.start(
        service, GrpcServerConfig.fromConfig(node.system().settings().config()), node.system());
  }
}
