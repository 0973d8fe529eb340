package io.baton.node.api.aws;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of an HTTP request that a SigV4 signature covers, independent of the HTTP library.
 *
 * <ul>
 *   <li>{@code headers} are keyed by lower-case name, values in arrival order.
 *   <li>{@code path} is the request path as sent (percent-encoded); {@code rawQuery} is the query
 *       string without {@code ?}, empty when there is none.
 * </ul>
 */
record SignedRequest(
    String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {
  SignedRequest {
    headers = Map.copyOf(headers);
  }

  Optional<String> header(String lowerCaseName) {
    final List<String> values = headers.get(lowerCaseName);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
