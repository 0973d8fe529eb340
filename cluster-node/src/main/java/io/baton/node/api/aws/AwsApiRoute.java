package io.baton.node.api.aws;

import static akka.http.javadsl.server.Directives.completeWithFuture;
import static akka.http.javadsl.server.Directives.extractMaterializer;
import static akka.http.javadsl.server.Directives.extractRequest;
import static akka.http.javadsl.server.Directives.pathSingleSlash;
import static akka.http.javadsl.server.Directives.post;
import static akka.http.javadsl.server.Directives.withRequestTimeoutResponse;

import akka.http.javadsl.model.ContentType;
import akka.http.javadsl.model.ContentTypes;
import akka.http.javadsl.model.HttpEntities;
import akka.http.javadsl.model.HttpHeader;
import akka.http.javadsl.model.HttpRequest;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.model.MediaTypes;
import akka.http.javadsl.model.headers.RawHeader;
import akka.http.javadsl.server.Route;
import akka.stream.Materializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.node.service.BatonService;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The AWS Step Functions JSON 1.0 API as an Akka HTTP route: {@code POST /} with an {@code
 * X-Amz-Target: AWSStepFunctions.<Action>} header. Other methods and paths are left to the routes
 * it is combined with (the console, metrics).
 *
 * <p>Every answer is {@code application/x-amz-json-1.0} with an {@code x-amzn-RequestId}; errors
 * are {@code {"__type", "message"}} with AWS's status, and a bad request never gets a 500.
 */
public final class AwsApiRoute {
  static final ContentType.Binary AMZ_JSON =
      ContentTypes.create(MediaTypes.customBinary("application", "x-amz-json-1.0", true));
  private static final long READ_TIMEOUT_MILLIS = 30_000;

  private final AwsApiSettings settings;
  private final ActionRouter router;
  private final Optional<SigV4Verifier> verifier;

  public AwsApiRoute(BatonService service, AwsApiSettings settings) {
    this(service, settings, Clock.systemUTC());
  }

  AwsApiRoute(BatonService service, AwsApiSettings settings, Clock clock) {
    this.settings = settings;
    this.router = new ActionRouter(service, settings);
    this.verifier =
        settings.verifiesSignatures()
            ? Optional.of(new SigV4Verifier(settings.accessKeys(), clock))
            : Optional.empty();
  }

  public Route route() {
    return post(
        () ->
            pathSingleSlash(
                () ->
                    withRequestTimeoutResponse(
                        AwsApiRoute::timedOut,
                        () ->
                            extractRequest(
                                request ->
                                    extractMaterializer(
                                        materializer ->
                                            completeWithFuture(handle(request, materializer)))))));
  }

  /** Answers one request; the returned stage never fails. */
  CompletionStage<HttpResponse> handle(HttpRequest request, Materializer materializer) {
    final String requestId = UUID.randomUUID().toString();
    return read(request, materializer)
        .thenCompose(body -> answer(request, body))
        .thenApply(AwsApiRoute::ok)
        .exceptionally(failure -> error(ErrorMapping.toAwsError(failure)))
        .thenApply(response -> response.addHeader(RawHeader.create("x-amzn-RequestId", requestId)));
  }

  /** The body, at most {@code maxRequestBytes} of it, whether its length is declared or not. */
  private CompletionStage<byte[]> read(HttpRequest request, Materializer materializer) {
    final long max = settings.maxRequestBytes();
    if (request.entity().getContentLengthOption().orElse(0L) > max) {
      return CompletableFuture.failedFuture(tooLarge());
    }
    try {
      return request
          .entity()
          .toStrict(READ_TIMEOUT_MILLIS, max, materializer)
          .thenApply(strict -> strict.getData().toArray());
    } catch (RuntimeException e) {
      // Akka refuses some bodies before streaming them (EntityStreamException).
      return CompletableFuture.failedFuture(e);
    }
  }

  private AwsError tooLarge() {
    return ErrorMapping.tooLarge(settings.maxRequestBytes());
  }

  private CompletionStage<ObjectNode> answer(HttpRequest request, byte[] body) {
    try {
      checkContentType(request);
      verifier.ifPresent(v -> v.verify(SignedRequests.of(request, body)));
      final AwsAction action = router.route(header(request, "x-amz-target"));
      return action.handle(AwsRequest.parse(body));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** AWS JSON 1.0 is {@code application/x-amz-json-1.0}; {@code application/json} is accepted. */
  private static void checkContentType(HttpRequest request) {
    final String mediaType = request.entity().getContentType().mediaType().toString();
    if (!"application/x-amz-json-1.0".equals(mediaType) && !"application/json".equals(mediaType)) {
      throw AwsError.serialization(
          "Expected Content-Type application/x-amz-json-1.0 or application/json, but got "
              + mediaType);
    }
  }

  static Optional<String> header(HttpRequest request, String lowerCaseName) {
    for (HttpHeader h : request.getHeaders()) {
      if (h.lowercaseName().equals(lowerCaseName)) {
        return Optional.of(h.value());
      }
    }
    return Optional.empty();
  }

  private static HttpResponse ok(ObjectNode body) {
    return HttpResponse.create().withEntity(HttpEntities.create(AMZ_JSON, AwsJson.write(body)));
  }

  /** Akka's own answer when akka.http.server.request-timeout cuts a request, in AWS's shape. */
  private static HttpResponse timedOut(HttpRequest request) {
    return error(
        new AwsError(
            "ServiceUnavailable",
            503,
            "The node did not answer within akka.http.server.request-timeout; retry the request"));
  }

  static HttpResponse error(AwsError error) {
    final ObjectNode body = AwsJson.object();
    body.put("__type", error.type());
    body.put("message", error.getMessage());
    return HttpResponse.create()
        .withStatus(error.status())
        .withEntity(HttpEntities.create(AMZ_JSON, AwsJson.write(body)))
        .addHeader(RawHeader.create("x-amzn-ErrorType", error.type()));
  }
}
