package io.baton.node.api.aws;

import static akka.http.javadsl.server.Directives.complete;
import static akka.http.javadsl.server.Directives.concat;
import static akka.http.javadsl.server.Directives.extractRequest;

import akka.actor.typed.ActorSystem;
import akka.http.javadsl.Http;
import akka.http.javadsl.ServerBinding;
import akka.http.javadsl.server.Route;
import com.typesafe.config.ConfigException;
import io.baton.node.service.BatonService;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the AWS Step Functions API on its own port.
 *
 * <pre>{@code
 * AwsApiServer.start(system, service, AwsApiSettings.fromConfig(system.settings().config()))
 * }</pre>
 *
 * Requests the API does not answer (another method or path) get a 404 in AWS's error shape. To
 * share the port with other routes, use {@link AwsApiRoute#route()} instead.
 */
public final class AwsApiServer {
  private static final Logger LOG = LoggerFactory.getLogger(AwsApiServer.class);

  private AwsApiServer() {}

  public static CompletionStage<ServerBinding> start(
      ActorSystem<?> system, BatonService service, AwsApiSettings settings) {
    warnIfPollOutlivesRequests(system, settings);
    final Route route =
        concat(
            new AwsApiRoute(service, settings).route(),
            extractRequest(
                request ->
                    complete(
                        AwsApiRoute.error(
                            new AwsError(
                                "UnknownOperationException",
                                404,
                                "Expected POST / with an X-Amz-Target header, but got "
                                    + request.method().value()
                                    + " "
                                    + request.getUri().path())))));
    return Http.get(system)
        .newServerAt(settings.host(), settings.port())
        .bind(route)
        .whenComplete(
            (binding, failure) -> {
              if (binding != null) {
                LOG.info("AWS Step Functions API listening on {}", binding.localAddress());
              }
            });
  }

  /** A long poll cut by the server's request timeout would lose the task it was about to get. */
  private static void warnIfPollOutlivesRequests(ActorSystem<?> system, AwsApiSettings settings) {
    final Duration requestTimeout;
    try {
      requestTimeout = system.settings().config().getDuration("akka.http.server.request-timeout");
    } catch (ConfigException e) {
      return; // "infinite" or absent: nothing cuts the poll short.
    }
    if (requestTimeout.compareTo(settings.activityPollTimeout().plusSeconds(5)) < 0) {
      LOG.warn(
          "akka.http.server.request-timeout ({}) should exceed the activity poll timeout ({}) by"
              + " a few seconds, or GetActivityTask requests will time out",
          requestTimeout,
          settings.activityPollTimeout());
    }
  }
}
