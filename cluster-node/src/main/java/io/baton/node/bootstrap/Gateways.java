package io.baton.node.bootstrap;

import io.baton.node.service.BatonService;

/** Starts the node's gateways: the AWS JSON API on the HTTP port and gRPC. */
final class Gateways {
  private Gateways() {}

  static void start(RunningNode node, BatonService service, NodeSettings settings) throws Exception {
    // The gateways register here.
  }
}
