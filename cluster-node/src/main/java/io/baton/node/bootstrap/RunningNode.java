package io.baton.node.bootstrap;

import akka.actor.typed.ActorSystem;
import io.baton.node.service.BatonService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A started node: its actor system, its service, and what to close when it stops. */
public final class RunningNode implements AutoCloseable {
  private final ActorSystem<?> system;
  private final BatonService service;
  private final NodeSettings settings;
  private final List<AutoCloseable> resources = new ArrayList<>();

  RunningNode(ActorSystem<?> system, BatonService service, NodeSettings settings) {
    this.system = system;
    this.service = service;
    this.settings = settings;
  }

  void onClose(AutoCloseable resource) {
    resources.add(0, resource);
  }

  public ActorSystem<?> system() {
    return system;
  }

  public BatonService service() {
    return service;
  }

  public NodeSettings settings() {
    return settings;
  }

  /** Blocks until the node stops (for {@code baton serve}). */
  public void awaitTermination() throws Exception {
    system.getWhenTerminated().toCompletableFuture().get();
  }

  @Override
  public void close() {
    system.terminate();
    try {
      system.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      // Shutting down anyway.
    }
    for (AutoCloseable r : resources) {
      try {
        r.close();
      } catch (Exception e) {
        // Keep closing the rest.
      }
    }
  }
}
