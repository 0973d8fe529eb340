package io.baton.engine.error;

/**
 * Carries a {@link Failure} out of deep data-flow code (paths, intrinsics, JSONata) to the state
 * handler, which turns it back into a value that flows through Retry and Catch.
 *
 * <ul>
 *   <li>Never escapes the interpreter: handlers catch it at their boundary.
 *   <li>Has no stack trace; it is an expected outcome, not a bug.
 * </ul>
 */
public final class FailureException extends RuntimeException {
  private final transient Failure failure;

  public FailureException(String error, String cause) {
    super(error + ": " + cause, null, false, false);
    this.failure = Failure.of(error, cause);
  }

  public Failure failure() {
    return failure;
  }

  public String error() {
    return failure.error();
  }

  public String errorCause() {
    return failure.cause();
  }
}
