package io.baton.node.api.aws;

import io.baton.node.service.BatonException;
import io.baton.node.service.ServiceModel.Page;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** Offset pagination with opaque tokens, as a service would do it. */
final class Pages {
  private Pages() {}

  static <T> Page<T> of(List<T> all, int max, Optional<String> token) {
    final int from = token.map(Pages::offset).orElse(0);
    final int to = Math.min(all.size(), from + max);
    final Optional<String> next =
        to < all.size()
            ? Optional.of(
                Base64.getEncoder()
                    .encodeToString(("offset:" + to).getBytes(StandardCharsets.UTF_8)))
            : Optional.empty();
    return new Page<>(List.copyOf(all.subList(Math.min(from, to), to)), next);
  }

  private static int offset(String token) {
    try {
      final String text = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
      return Integer.parseInt(text.substring("offset:".length()));
    } catch (RuntimeException e) {
      throw new BatonException("InvalidToken", "Invalid Token: '" + token + "'");
    }
  }
}
