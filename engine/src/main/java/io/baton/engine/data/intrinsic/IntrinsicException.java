package io.baton.engine.data.intrinsic;

/**
 * Why an intrinsic expression could not be parsed or evaluated, in AWS's words.
 *
 * <ul>
 *   <li>Stays inside this package: {@link Intrinsics} turns it into a {@code FailureException} or a
 *       validation message.
 *   <li>Has no stack trace; it is an expected outcome, not a bug.
 * </ul>
 */
final class IntrinsicException extends RuntimeException {
  IntrinsicException(String message) {
    super(message, null, false, false);
  }
}
