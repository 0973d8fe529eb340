package io.baton.node.service.internal;

import io.baton.node.registry.ExecutionIndex;
import io.baton.node.service.BatonException;

/**
 * The position inside a ListExecutions page token: the start date and ARN of the last execution of
 * the previous page ({@code <startMillis>|<executionArn>}), signed and bound to its listing by
 * {@link io.baton.node.service.PageTokens}.
 */
final class ListingPosition {
  private ListingPosition() {}

  static String encode(ExecutionIndex.After after) {
    return after.startDate() + "|" + after.executionArn();
  }

  /** The position a verified token holds; a position of another shape is an invalid token. */
  static ExecutionIndex.After decode(String position) {
    final int bar = position.indexOf('|');
    if (bar > 0 && bar < position.length() - 1) {
      try {
        return new ExecutionIndex.After(
            Long.parseLong(position.substring(0, bar)), position.substring(bar + 1));
      } catch (NumberFormatException e) {
        // Falls through to the error below.
      }
    }
    // Tokens an older release issued held a row count; they cannot name a row, so start over.
    throw new BatonException("InvalidToken", "Invalid Token: the nextToken is not valid");
  }
}
