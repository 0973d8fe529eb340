package io.baton.node.service;

import io.baton.node.task.TaskTokenCodec;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Opaque page tokens: the position of the next page, bound to the listing it came from, signed and
 * expiring after a day, as AWS's nextToken does. A token from another listing, or a forged or
 * expired one, is refused with InvalidToken.
 */
public final class PageTokens {
  private static final Duration LIFETIME = Duration.ofHours(24);
  private final TaskTokenCodec signer;
  private final Clock clock;

  public PageTokens(TaskTokenCodec signer, Clock clock) {
    this.signer = signer;
    this.clock = clock;
  }

  public String issue(String listing, String position) {
    return signer.signText(
        listing + "\n" + (clock.millis() + LIFETIME.toMillis()) + "\n" + position);
  }

  /** The position a token points at, or empty for the first page. */
  public Optional<String> position(String listing, Optional<String> token) {
    if (token.isEmpty() || token.get().isEmpty()) {
      return Optional.empty();
    }
    final String text =
        signer
            .verifyText(token.get())
            .orElseThrow(
                () ->
                    new BatonException(
                        "InvalidToken", "Invalid Token: the nextToken is not valid"));
    final String[] parts = text.split("\n", 3);
    if (parts.length != 3 || !parts[0].equals(listing)) {
      throw new BatonException(
          "InvalidToken", "Invalid Token: the nextToken belongs to another request");
    }
    if (Long.parseLong(parts[1]) < clock.millis()) {
      throw new BatonException("InvalidToken", "Invalid Token: the nextToken has expired");
    }
    return Optional.of(parts[2]);
  }
}
