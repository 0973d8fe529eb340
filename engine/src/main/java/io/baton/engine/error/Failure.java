package io.baton.engine.error;

import java.util.Objects;

/**
 * An ASL error as a value: the error name that Retry and Catch match on, and a human cause.
 *
 * <ul>
 *   <li>The error is never null; the cause may be empty but never null.
 * </ul>
 */
public record Failure(String error, String cause) {
  public Failure {
    Objects.requireNonNull(error, "error");
    cause = cause == null ? "" : cause;
  }

  public static Failure of(String error, String cause) {
    return new Failure(error, cause);
  }
}
