package io.baton.node.grpc;

import akka.Done;
import akka.actor.CoordinatedShutdown;
import akka.actor.typed.ActorSystem;
import io.baton.node.service.BatonService;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's gRPC gateway: the StateMachines, Executions and Activities services over one {@link
 * BatonService}, behind admission control and a request size limit.
 *
 * <ul>
 *   <li>The services only translate: protos to service calls, answers to protos, {@code
 *       BatonException}s to statuses (see {@link GrpcErrors}).
 *   <li>Started with an {@link ActorSystem}, the server closes in the system's coordinated shutdown
 *       (phase service-unbind), before the cluster is left.
 *   <li>{@link #close()} stops accepting calls, lets running ones finish for a few seconds, then
 *       cancels the rest.
 * </ul>
 */
public final class GrpcServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GrpcServer.class);

  private final Server server;
  private final ScheduledExecutorService scheduler;
  private final AdmissionControl admission;

  private GrpcServer(
      Server server, ScheduledExecutorService scheduler, AdmissionControl admission) {
    this.server = server;
    this.scheduler = scheduler;
    this.admission = admission;
  }

  /** Starts the gateway on {@code port} (0: a free port) with default limits. */
  public static GrpcServer start(BatonService service, int port, int maxMessageBytes) {
    return start(
        service, GrpcServerConfig.defaults().withPort(port).withMaxMessageBytes(maxMessageBytes));
  }

  /** As {@link #start(BatonService, int, int)}, closed by the system's coordinated shutdown. */
  public static GrpcServer start(
      BatonService service, int port, int maxMessageBytes, ActorSystem<?> system) {
    return start(
        service,
        GrpcServerConfig.defaults().withPort(port).withMaxMessageBytes(maxMessageBytes),
        system);
  }

  public static GrpcServer start(
      BatonService service, GrpcServerConfig config, ActorSystem<?> system) {
    final GrpcServer server = start(service, config);
    CoordinatedShutdown.get(system)
        .addTask(
            CoordinatedShutdown.PhaseServiceUnbind(),
            "baton-grpc-server",
            () ->
                CompletableFuture.supplyAsync(
                    () -> {
                      server.close();
                      return Done.getInstance();
                    }));
    return server;
  }

  public static GrpcServer start(BatonService service, GrpcServerConfig config) {
    final ScheduledExecutorService scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              final Thread t = new Thread(r, "baton-grpc-watch");
              t.setDaemon(true);
              return t;
            });
    final AdmissionControl admission = new AdmissionControl(config.maxInFlightCalls());
    final Server server =
        NettyServerBuilder.forPort(config.port())
            .maxInboundMessageSize(config.maxMessageBytes())
            .addService(
                ServerInterceptors.intercept(new StateMachinesGrpcService(service), admission))
            .addService(
                ServerInterceptors.intercept(
                    new ExecutionsGrpcService(service, scheduler, config.watchPollInterval()),
                    admission))
            .addService(
                ServerInterceptors.intercept(
                    new ActivitiesGrpcService(service, config.maxActivityPoll()), admission))
            .build();
    try {
      server.start();
    } catch (IOException e) {
      scheduler.shutdownNow();
      throw new UncheckedIOException(
          "Expected to serve gRPC on port " + config.port() + ", but " + e.getMessage(), e);
    }
    LOG.info("gRPC gateway listening on port {}", server.getPort());
    return new GrpcServer(server, scheduler, admission);
  }

  /** The port the server listens on (the one chosen when started with port 0). */
  public int port() {
    return server.getPort();
  }

  /** Calls being worked on now. */
  public int inFlightCalls() {
    return admission.inFlight();
  }

  @Override
  public void close() {
    server.shutdown();
    try {
      if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
        server.shutdownNow();
        server.awaitTermination(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      server.shutdownNow();
      Thread.currentThread().interrupt();
    } finally {
      scheduler.shutdownNow();
    }
  }
}
