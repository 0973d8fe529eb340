package io.baton.node.api.aws;

import static io.baton.node.testing.TestNodes.freeListenPort;

import akka.actor.typed.ActorSystem;
import akka.http.javadsl.ServerBinding;
import com.typesafe.config.Config;
import io.baton.node.service.BatonService;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real Baton node in this JVM (H2 in a temporary folder, free ports), reached through the AWS
 * API. The node's bootstrap is looked up by name so that this compiles in branches that do not have
 * it yet; once the node starts the AWS gateway itself on {@code baton.http.port}, that one is used,
 * otherwise the gateway is bound here on top of the node's service.
 */
final class RealNode implements AutoCloseable {
  static final String BOOTSTRAP = "io.baton.node.bootstrap.BatonNode";
  private static final String CONFIG = "io.baton.node.bootstrap.NodeConfig";

  private final AutoCloseable node;
  private final ActorSystem<?> system;
  private final Optional<ServerBinding> ownBinding;
  private final URI endpoint;

  private RealNode(
      AutoCloseable node, ActorSystem<?> system, Optional<ServerBinding> own, URI uri) {
    this.node = node;
    this.system = system;
    this.ownBinding = own;
    this.endpoint = uri;
  }

  static boolean available() {
    try {
      Class.forName(BOOTSTRAP);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  static RealNode start() throws Exception {
    final int httpPort = freeListenPort();
    final Map<String, Object> overrides = new HashMap<>();
    final String dir = Files.createTempDirectory("baton-aws-it-").resolve("baton").toString();
    overrides.put("baton.database.url", "jdbc:h2:file:" + dir + ";DB_CLOSE_DELAY=-1");
    overrides.put("baton.http.host", "127.0.0.1");
    overrides.put("baton.http.port", httpPort);
    overrides.put("baton.grpc.port", freeListenPort());
    overrides.put("akka.remote.artery.canonical.port", freeListenPort());
    overrides.put("akka.management.http.port", freeListenPort());
    final Config config =
        (Config) Class.forName(CONFIG).getMethod("load", Map.class).invoke(null, overrides);
    final AutoCloseable node =
        (AutoCloseable)
            Class.forName(BOOTSTRAP).getMethod("start", Config.class).invoke(null, config);
    final ActorSystem<?> system = (ActorSystem<?>) node.getClass().getMethod("system").invoke(node);
    final BatonService service = (BatonService) node.getClass().getMethod("service").invoke(node);
    if (listening(httpPort)) {
      return new RealNode(
          node, system, Optional.empty(), URI.create("http://127.0.0.1:" + httpPort));
    }
    final ServerBinding binding =
        AwsApiServer.start(
                system,
                service,
                AwsApiSettings.fromConfig(config).withHost("127.0.0.1").withPort(0))
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
    return new RealNode(
        node,
        system,
        Optional.of(binding),
        URI.create("http://127.0.0.1:" + binding.localAddress().getPort()));
  }

  URI endpoint() {
    return endpoint;
  }

  ActorSystem<?> system() {
    return system;
  }

  @Override
  public void close() throws Exception {
    if (ownBinding.isPresent()) {
      ownBinding.get().unbind().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
    node.close();
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
