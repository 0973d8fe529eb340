package io.baton.node.api.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.json.Json;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

/** Writing AWS JSON 1.0 answers: timestamps as epoch seconds with a fraction, as AWS sends them. */
final class AwsJson {
  private AwsJson() {}

  static ObjectNode object() {
    return Json.object();
  }

  /** {@code 1.5E9}-style epoch seconds with millisecond precision, exactly as AWS writes them. */
  static void putTimestamp(ObjectNode out, String field, Instant time) {
    out.put(field, time.toEpochMilli() / 1000.0);
  }

  static void putTimestamp(ObjectNode out, String field, Optional<Instant> time) {
    time.ifPresent(t -> putTimestamp(out, field, t));
  }

  static void putIfPresent(ObjectNode out, String field, Optional<String> value) {
    value.ifPresent(v -> out.put(field, v));
  }

  /** Puts a value the service may leave null or empty (revision ids before the first update). */
  static void putIfNotBlank(ObjectNode out, String field, String value) {
    if (value != null && !value.isEmpty()) {
      out.put(field, value);
    }
  }

  static byte[] write(ObjectNode node) {
    try {
      return Json.MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
