package io.baton.node.grpc;

import akka.pattern.AskTimeoutException;
import com.google.protobuf.Any;
import com.google.rpc.ErrorInfo;
import io.baton.client.BatonErrors;
import io.baton.node.service.BatonException;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns failures of {@link io.baton.node.service.BatonService} into gRPC statuses.
 *
 * <ul>
 *   <li>A {@link BatonException} keeps its AWS error name, as an {@code ErrorInfo} detail and an
 *       {@code aws-error} trailer (see {@link BatonErrors}); the code comes from one table.
 *   <li>A timeout (an entity that did not answer its ask, as when the node is overloaded) is {@code
 *       UNAVAILABLE} with {@code ServiceUnavailable}, as the AWS gateway answers 503: the caller
 *       may retry, and it is not logged as a bug.
 *   <li>Anything else is a bug: {@code INTERNAL} with AWS's {@code InternalFailure}, logged here,
 *       and no stack trace goes to the client.
 * </ul>
 */
public final class GrpcErrors {
  private static final Logger LOG = LoggerFactory.getLogger(GrpcErrors.class);

  private static final Map<String, Status.Code> CODES =
      Map.ofEntries(
          Map.entry("StateMachineDoesNotExist", Status.Code.NOT_FOUND),
          Map.entry("ExecutionDoesNotExist", Status.Code.NOT_FOUND),
          Map.entry("ActivityDoesNotExist", Status.Code.NOT_FOUND),
          Map.entry("TaskDoesNotExist", Status.Code.NOT_FOUND),
          Map.entry("ResourceNotFound", Status.Code.NOT_FOUND),
          Map.entry("ExecutionAlreadyExists", Status.Code.ALREADY_EXISTS),
          Map.entry("StateMachineAlreadyExists", Status.Code.ALREADY_EXISTS),
          Map.entry("ActivityAlreadyExists", Status.Code.ALREADY_EXISTS),
          Map.entry("InvalidDefinition", Status.Code.INVALID_ARGUMENT),
          Map.entry("InvalidName", Status.Code.INVALID_ARGUMENT),
          Map.entry("InvalidArn", Status.Code.INVALID_ARGUMENT),
          Map.entry("InvalidExecutionInput", Status.Code.INVALID_ARGUMENT),
          Map.entry("InvalidOutput", Status.Code.INVALID_ARGUMENT),
          Map.entry("InvalidToken", Status.Code.INVALID_ARGUMENT),
          Map.entry("ValidationException", Status.Code.INVALID_ARGUMENT),
          Map.entry("MissingRequiredParameter", Status.Code.INVALID_ARGUMENT),
          Map.entry("StateMachineTypeNotSupported", Status.Code.INVALID_ARGUMENT),
          Map.entry("TooManyTags", Status.Code.INVALID_ARGUMENT),
          Map.entry("TaskTimedOut", Status.Code.FAILED_PRECONDITION),
          Map.entry("StateMachineDeleting", Status.Code.FAILED_PRECONDITION),
          Map.entry("ExecutionNotRedrivable", Status.Code.FAILED_PRECONDITION),
          Map.entry("ConflictException", Status.Code.FAILED_PRECONDITION),
          Map.entry("ThrottlingException", Status.Code.RESOURCE_EXHAUSTED),
          Map.entry("ExecutionLimitExceeded", Status.Code.RESOURCE_EXHAUSTED),
          Map.entry("StateMachineLimitExceeded", Status.Code.RESOURCE_EXHAUSTED),
          Map.entry("ActivityLimitExceeded", Status.Code.RESOURCE_EXHAUSTED),
          Map.entry("ActivityWorkerLimitExceeded", Status.Code.RESOURCE_EXHAUSTED),
          Map.entry("ServiceQuotaExceededException", Status.Code.RESOURCE_EXHAUSTED),
          Map.entry("ServiceUnavailable", Status.Code.UNAVAILABLE),
          Map.entry("InternalFailure", Status.Code.INTERNAL));

  private GrpcErrors() {}

  /**
   * The status code for an AWS error name; refusals AWS names but we do not list are
   * FAILED_PRECONDITION.
   */
  public static Status.Code code(String awsError) {
    return CODES.getOrDefault(awsError, Status.Code.FAILED_PRECONDITION);
  }

  /** The status to answer for a failed call. */
  public static StatusRuntimeException toStatus(Throwable failure) {
    final Throwable t = unwrap(failure);
    if (t instanceof BatonException e) {
      return status(
          code(e.errorName()), e.errorName(), e.getMessage() == null ? "" : e.getMessage());
    }
    if (t instanceof StatusRuntimeException e) {
      return e;
    }
    if (t instanceof StatusException e) {
      return new StatusRuntimeException(e.getStatus(), e.getTrailers());
    }
    if (t instanceof CancellationException) {
      return Status.CANCELLED.withDescription("the call was cancelled").asRuntimeException();
    }
    if (t instanceof TimeoutException || t instanceof AskTimeoutException) {
      return status(
          Status.Code.UNAVAILABLE,
          "ServiceUnavailable",
          "the node did not answer in time; retry the request");
    }
    LOG.error("A gRPC call failed with an unexpected exception", t);
    return status(
        Status.Code.INTERNAL, "InternalFailure", "the node failed to process the request");
  }

  /** A status carrying an AWS error name the way every Baton client reads it. */
  public static StatusRuntimeException status(Status.Code code, String awsError, String message) {
    final com.google.rpc.Status proto =
        com.google.rpc.Status.newBuilder()
            .setCode(code.value())
            .setMessage(message)
            .addDetails(
                Any.pack(
                    ErrorInfo.newBuilder()
                        .setDomain(BatonErrors.DOMAIN)
                        .setReason(awsError)
                        .build()))
            .build();
    final Metadata trailers = new Metadata();
    if (StandardCharsets.US_ASCII.newEncoder().canEncode(awsError)) {
      trailers.put(BatonErrors.AWS_ERROR, awsError);
    }
    return StatusProto.toStatusRuntimeException(proto, trailers);
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
