package io.baton.client;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import java.util.Optional;

/**
 * How a Baton gRPC error names its AWS error, agreed by the server and every client.
 *
 * <ul>
 *   <li>The status carries a {@code google.rpc.ErrorInfo} detail with {@link #DOMAIN} and the AWS
 *       error name as its reason ({@code ExecutionDoesNotExist}, {@code ThrottlingException}, …).
 *   <li>The same name is in the {@link #AWS_ERROR} trailer, for clients that do not read details.
 * </ul>
 */
public final class BatonErrors {
  public static final String DOMAIN = "baton.io";

  public static final Metadata.Key<String> AWS_ERROR =
      Metadata.Key.of("aws-error", Metadata.ASCII_STRING_MARSHALLER);

  private BatonErrors() {}

  /** The AWS error name a failed call carries, if any. */
  public static Optional<String> awsError(Throwable failure) {
    final com.google.rpc.Status status = StatusProto.fromThrowable(failure);
    if (status != null) {
      for (Any detail : status.getDetailsList()) {
        final Optional<String> reason = reason(detail);
        if (reason.isPresent()) {
          return reason;
        }
      }
    }
    final Metadata trailers = Status.trailersFromThrowable(failure);
    return trailers == null ? Optional.empty() : Optional.ofNullable(trailers.get(AWS_ERROR));
  }

  private static Optional<String> reason(Any detail) {
    if (!detail.is(ErrorInfo.class)) {
      return Optional.empty();
    }
    try {
      final ErrorInfo info = detail.unpack(ErrorInfo.class);
      return DOMAIN.equals(info.getDomain()) ? Optional.of(info.getReason()) : Optional.empty();
    } catch (InvalidProtocolBufferException e) {
      return Optional.empty();
    }
  }
}
