package io.baton.node.api.aws;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.Behaviors;
import akka.http.javadsl.ServerBinding;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The AWS API bound on a free local port in its own actor system, over an {@link
 * InMemoryBatonService}. Create one per test class and close it after all tests.
 */
final class AwsApiTestServer implements AutoCloseable {
  final InMemoryBatonService service = new InMemoryBatonService();
  private final ActorSystem<Void> system;
  private final ServerBinding binding;

  private AwsApiTestServer(AwsApiSettings settings) throws Exception {
    this(settings, httpTimeouts());
  }

  private AwsApiTestServer(AwsApiSettings settings, Config config) throws Exception {
    system = ActorSystem.create(Behaviors.empty(), "aws-api-test", config);
    binding =
        AwsApiServer.start(system, service, settings.withHost("127.0.0.1").withPort(0))
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
  }

  static AwsApiTestServer start() throws Exception {
    return new AwsApiTestServer(AwsApiSettings.defaults());
  }

  /** A server that accepts only requests signed with one of {@code accessKeys}. */
  static AwsApiTestServer signed(Map<String, String> accessKeys) throws Exception {
    return new AwsApiTestServer(AwsApiSettings.defaults().withAccessKeys(accessKeys));
  }

  static AwsApiTestServer withPollTimeout(Duration timeout) throws Exception {
    return new AwsApiTestServer(AwsApiSettings.defaults().withActivityPollTimeout(timeout));
  }

  /** A server whose actor system runs with {@code overrides} on top of the normal config. */
  static AwsApiTestServer withConfig(String overrides) throws Exception {
    return new AwsApiTestServer(
        AwsApiSettings.defaults(),
        ConfigFactory.parseString(overrides).withFallback(httpTimeouts()));
  }

  int port() {
    return binding.localAddress().getPort();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + port());
  }

  ActorSystem<Void> system() {
    return system;
  }

  AwsCall call(String action) {
    return AwsCall.to(port()).target(action);
  }

  @Override
  public void close() throws Exception {
    binding.unbind().toCompletableFuture().get(10, TimeUnit.SECONDS);
    system.terminate();
    system.getWhenTerminated().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  /** The node's HTTP server timeouts (from baton-node.conf) over the plain configuration. */
  static com.typesafe.config.Config httpTimeouts() {
    return ConfigFactory.parseResources("baton-node.conf")
        .withOnlyPath("akka.http")
        .withFallback(ConfigFactory.load())
        .resolve();
  }
}
