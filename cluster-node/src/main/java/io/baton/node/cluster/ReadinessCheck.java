package io.baton.node.cluster;

import akka.actor.ActorSystem;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The node's own readiness check for {@code /ready}: true once its gateways listen and until its
 * coordinated shutdown begins. Akka management also requires the member to be Up.
 */
public final class ReadinessCheck implements Supplier<CompletionStage<Boolean>> {
  private final ActorSystem system;

  public ReadinessCheck(ActorSystem system) {
    this.system = system;
  }

  @Override
  public CompletionStage<Boolean> get() {
    return CompletableFuture.completedFuture(NodeReadiness.get(system).isReady());
  }
}
