package io.baton.node.api.aws;

import java.util.List;

/**
 * An error answered in AWS's JSON shape, {@code {"__type": name, "message": ...}}, with AWS's HTTP
 * status. Thrown by the gateway's own checks; the service's refusals arrive as {@code
 * BatonException} and are mapped by {@link ErrorMapping}.
 */
final class AwsError extends RuntimeException {
  private final String type;
  private final int status;

  AwsError(String type, int status, String message) {
    super(message, null, false, false);
    this.type = type;
    this.status = status;
  }

  /** A client error (HTTP 400), the status of every modeled Step Functions error. */
  static AwsError client(String type, String message) {
    return new AwsError(type, 400, message);
  }

  static AwsError serialization(String message) {
    return client("SerializationException", message);
  }

  static AwsError unknownOperation(String message) {
    return client("UnknownOperationException", message);
  }

  static AwsError invalidArn(String arn) {
    return client("InvalidArn", "Invalid arn: '" + arn + "'");
  }

  static AwsError invalidName(String name) {
    return client("InvalidName", "Invalid Name: '" + name + "'");
  }

  /** AWS's ValidationException for constraint violations, in its "N validation errors" form. */
  static AwsError validation(List<String> violations) {
    final String count =
        violations.size() == 1
            ? "1 validation error detected: "
            : violations.size() + " validation errors detected: ";
    return client("ValidationException", count + String.join("; ", violations));
  }

  String type() {
    return type;
  }

  int status() {
    return status;
  }
}
