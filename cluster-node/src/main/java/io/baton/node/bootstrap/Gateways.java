package io.baton.node.bootstrap;

import io.baton.node.api.aws.AwsApiServer;
import io.baton.node.api.aws.AwsApiSettings;
import io.baton.node.grpc.GrpcServer;
import io.baton.node.grpc.GrpcServerConfig;
import io.baton.node.service.BatonService;

/** Starts the node's gateways: the AWS JSON API on the HTTP port and gRPC. */
final class Gateways {
  private Gateways() {}

  static void start(RunningNode node, BatonService service, NodeSettings settings)
      throws Exception {
    final var binding =
        AwsApiServer.start(
                node.system(),
                service,
                AwsApiSettings.fromConfig(node.system().settings().config()))
            .toCompletableFuture()
            .get(30, java.util.concurrent.TimeUnit.SECONDS);
    node.onClose(
        () ->
            binding.unbind().toCompletableFuture().get(10, java.util.concurrent.TimeUnit.SECONDS));
    final GrpcServer grpc =
        GrpcServer.start(service, GrpcServerConfig.fromConfig(node.system().settings().config()));
    node.onClose(grpc);
  }
}
