package io.baton.node.service.internal;

import io.baton.node.service.BatonException;
import java.nio.charset.StandardCharsets;

/** Request limits, as AWS applies them. */
final class Limits {
  static final int DEFAULT_PAGE = 100;
  static final int MAX_PAGE = 1000;

  private Limits() {}

  /** maxResults: 0 means the default; AWS allows up to 1000. */
  static int pageSize(int maxResults) {
    if (maxResults < 0 || maxResults > MAX_PAGE) {
      throw new BatonException(
          "ValidationException",
          "1 validation error detected: Value '"
              + maxResults
              + "' at 'maxResults' failed to satisfy constraint: Member must have value less than"
              + " or equal to 1000");
    }
    return maxResults == 0 ? DEFAULT_PAGE : maxResults;
  }

  static void payload(String field, String text, int maxBytes, String error) {
    if (text != null && text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
      throw new BatonException(
          error, "The " + field + " is larger than the limit of " + maxBytes + " bytes");
    }
  }
}
