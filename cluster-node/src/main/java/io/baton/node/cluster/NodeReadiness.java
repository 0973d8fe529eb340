package io.baton.node.cluster;

import akka.actor.AbstractExtensionId;
import akka.actor.ActorSystem;
import akka.actor.ExtendedActorSystem;
import akka.actor.Extension;
import akka.actor.typed.javadsl.Adapter;
import java.util.concurrent.atomic.AtomicBoolean;

/** Whether this node serves requests: set when its gateways listen, cleared when it stops. */
public final class NodeReadiness implements Extension {
  private static final Id ID = new Id();
  private final AtomicBoolean ready = new AtomicBoolean();

  public static NodeReadiness get(ActorSystem system) {
    return ID.get(system);
  }

  public static NodeReadiness get(akka.actor.typed.ActorSystem<?> system) {
    return ID.get(Adapter.toClassic(system));
  }

  public boolean isReady() {
    return ready.get();
  }

  public void markReady() {
    ready.set(true);
  }

  public void markStopping() {
    ready.set(false);
  }

  private static final class Id extends AbstractExtensionId<NodeReadiness> {
    @Override
    public NodeReadiness createExtension(ExtendedActorSystem system) {
      return new NodeReadiness();
    }
  }
}
