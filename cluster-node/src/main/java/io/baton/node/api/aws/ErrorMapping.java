package io.baton.node.api.aws;

import akka.http.scaladsl.model.EntityStreamException;
import akka.http.scaladsl.model.EntityStreamSizeException;
import akka.pattern.AskTimeoutException;
import io.baton.node.service.BatonException;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns whatever a request ended with into an {@link AwsError}.
 *
 * <ul>
 *   <li>The service's {@link BatonException} keeps its AWS name; its status is 400 unless AWS
 *       documents another one for that name.
 *   <li>A time-out inside the node is a 503 {@code ServiceUnavailable}, which SDKs retry.
 *   <li>Anything else is a bug: logged, and answered as a 500 {@code InternalFailure} without
 *       details.
 * </ul>
 */
final class ErrorMapping {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

  /** The AWS errors whose HTTP status is not 400. */
  private static final Map<String, Integer> STATUS =
      Map.of(
          "ConflictException", 409,
          "ServiceQuotaExceededException", 402,
          "MissingAuthenticationTokenException", 403,
          "InternalFailure", 500,
          "InternalServerError", 500,
          "ServiceUnavailable", 503);

  private ErrorMapping() {}

  static AwsError toAwsError(Throwable failure) {
    final Throwable cause = unwrap(failure);
    if (cause instanceof AwsError) {
      return (AwsError) cause;
    }
    if (cause instanceof BatonException) {
      final BatonException e = (BatonException) cause;
      return new AwsError(e.errorName(), STATUS.getOrDefault(e.errorName(), 400), e.getMessage());
    }
    if (cause instanceof EntityStreamSizeException) {
      return tooLarge(((EntityStreamSizeException) cause).limit());
    }
    if (cause instanceof EntityStreamException) {
      // Akka reports a body over the limit, sent without a declared length, this way.
      final String summary = ((EntityStreamException) cause).info().summary();
      return summary.startsWith("Request too large")
          ? new AwsError("RequestEntityTooLargeException", 413, summary)
          : AwsError.serialization("Expected a readable request body, but " + summary);
    }
    if (cause instanceof TimeoutException || cause instanceof AskTimeoutException) {
      return new AwsError(
          "ServiceUnavailable", 503, "The node did not answer in time; retry the request");
    }
    LOG.error("Failed to answer an AWS API request", cause);
    return new AwsError(
        "InternalFailure",
        500,
        "The request processing has failed because of an unknown error, exception or failure.");
  }

  static AwsError tooLarge(long limit) {
    return new AwsError(
        "RequestEntityTooLargeException",
        413,
        "Expected a request body of at most " + limit + " bytes");
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
