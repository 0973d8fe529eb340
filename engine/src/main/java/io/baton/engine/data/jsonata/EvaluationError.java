package io.baton.engine.data.jsonata;

import java.util.Optional;

/**
 * A failure raised inside an evaluation by Baton's own code: a Step Functions function rejecting
 * its arguments, or an evaluation bound being exceeded.
 *
 * <ul>
 *   <li>Carries a JSONata error code when the failure has one ({@code T0410}); AWS then writes
 *       {@code "CODE: message"} after a full stop, otherwise just the message after a colon.
 *   <li>Never leaves this package: {@link JsonataEvaluator} turns it into a {@code
 *       States.QueryEvaluationError}.
 * </ul>
 */
final class EvaluationError extends RuntimeException {
  private final transient String code;

  private EvaluationError(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  /** A failure with a JSONata error code. */
  static EvaluationError coded(String code, String message) {
    return new EvaluationError(code, message);
  }

  /** A failure without a code, such as a bound being exceeded. */
  static EvaluationError uncoded(String message) {
    return new EvaluationError(null, message);
  }

  /** JSONata's T0410 for an argument of one of Baton's functions. */
  static EvaluationError signature(int argument, String function) {
    return coded(
        "T0410",
        "Argument "
            + argument
            + " of function \""
            + function
            + "\" does not match function signature");
  }

  Optional<String> code() {
    return Optional.ofNullable(code);
  }
}
