package io.baton.node.api.aws;

import akka.http.javadsl.model.ContentTypes;
import akka.http.javadsl.model.HttpHeader;
import akka.http.javadsl.model.HttpRequest;
import akka.http.javadsl.model.Uri;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recovers the signed parts of an Akka HTTP request. Akka moves {@code Content-Type} and {@code
 * Content-Length} from the headers into the entity, so they are rendered back from there.
 */
final class SignedRequests {
  private SignedRequests() {}

  static SignedRequest of(HttpRequest request, byte[] body) {
    final Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpHeader h : request.getHeaders()) {
      headers.computeIfAbsent(h.lowercaseName(), k -> new ArrayList<>()).add(h.value());
    }
    final Uri uri = request.getUri();
    if (!headers.containsKey("host")) {
      final int port = uri.getPort();
      final String host = uri.getHost().address();
      headers.put("host", List.of(port > 0 ? host + ":" + port : host));
    }
    if (!request.entity().getContentType().equals(ContentTypes.NO_CONTENT_TYPE)) {
      headers.put("content-type", List.of(request.entity().getContentType().toString()));
    }
    headers.put("content-length", List.of(Integer.toString(body.length)));
    return new SignedRequest(
        request.method().value().toUpperCase(Locale.ROOT),
        uri.path(),
        uri.rawQueryString().orElse(""),
        headers,
        body);
  }
}
