package io.baton.client;

import io.grpc.Status;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * A failed Baton call: the gRPC status code, the AWS error name when the server gave one, and the
 * server's message.
 */
public final class BatonClientException extends RuntimeException {
  private final Status.Code code;
  private final String awsError;

  public BatonClientException(
      Status.Code code, Optional<String> awsError, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
    this.awsError = awsError.orElse(null);
  }

  /** Wraps any failure of a call; an exception already of this type is returned as it is. */
  public static BatonClientException from(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof BatonClientException e) {
      return e;
    }
    final Status status = Status.fromThrowable(t);
    final Optional<String> aws = BatonErrors.awsError(t);
    final String description =
        status.getDescription() != null ? status.getDescription() : status.getCode().name();
    final String message = aws.map(a -> a + ": " + description).orElse(description);
    return new BatonClientException(status.getCode(), aws, message, t);
  }

  public Status.Code code() {
    return code;
  }

  /** The AWS error name, e.g. {@code ExecutionDoesNotExist}; empty for transport failures. */
  public Optional<String> awsError() {
    return Optional.ofNullable(awsError);
  }

  /** Whether the server could not be reached or did not answer in time. */
  public boolean isUnreachable() {
    return code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED;
  }
}
