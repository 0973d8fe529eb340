package io.baton.engine.data.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Utils;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.json.Json;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pure functions Step Functions adds to JSONata: {@code $partition}, {@code $range}, {@code
 * $hash} and {@code $parse}.
 *
 * <ul>
 *   <li>Built once and shared: they read nothing but their arguments.
 *   <li>A non-integer number argument is truncated towards zero, as AWS does.
 *   <li>Where AWS answers undefined rather than failing (a chunk size of zero, an empty array, a
 *       missing argument, a range whose step points away from its end) they return {@code null}.
 *   <li>{@code $range} returns a JSONata sequence, so a one-element range is the bare number.
 * </ul>
 */
final class AwsFunctions {
  /** AWS refuses a {@code $range} of more elements than this before building it. */
  static final int MAX_RANGE = 360_145;

  private static final Set<String> HASHES = Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

  /** The functions by JSONata name (without the {@code $}). */
  static final Map<String, Jsonata.JFunction> ALL =
      Map.of(
          "partition", Bindings.function("partition", AwsFunctions::partition, "<x?x?:x>"),
          "range", Bindings.function("range", AwsFunctions::range, "<x?x?x?:x>"),
          "hash", Bindings.function("hash", AwsFunctions::hash, "<x?x?:x>"),
          "parse", Bindings.function("parse", AwsFunctions::parse, "<x?:x>"));

  private AwsFunctions() {}

  static Object partition(List<?> args) {
    final Object array = Bindings.arg(args, 0);
    final Object size = Bindings.arg(args, 1);
    if (array == null || size == null) {
      return null;
    }
    final long chunk = Bindings.truncate(size, 2, "partition");
    if (chunk < 0) {
      throw EvaluationError.uncoded(
          "The chunk size argument of function \"partition\" must not be negative: " + chunk);
    }
    final List<?> items = array instanceof List<?> list ? list : List.of(array);
    if (chunk == 0 || items.isEmpty()) {
      return null;
    }
    final int width = (int) Math.min(chunk, items.size());
    final var chunks = new ArrayList<Object>();
    for (int from = 0; from < items.size(); from += width) {
      chunks.add(new ArrayList<>(items.subList(from, Math.min(items.size(), from + width))));
    }
    return chunks;
  }

  static Object range(List<?> args) {
    for (int i = 0; i < 3; i++) {
      final Object value = Bindings.arg(args, i);
      if (value != null && !(value instanceof Number)) {
        throw EvaluationError.signature(i + 1, "range");
      }
    }
    if (Bindings.arg(args, 0) == null
        || Bindings.arg(args, 1) == null
        || Bindings.arg(args, 2) == null) {
      return null;
    }
    final long start = Bindings.truncate(args.get(0), 1, "range");
    final long end = Bindings.truncate(args.get(1), 2, "range");
    final long step = Bindings.truncate(args.get(2), 3, "range");
    if (step == 0 || (step > 0 && start > end) || (step < 0 && start < end)) {
      return null;
    }
    final BigInteger count =
        BigInteger.valueOf(end)
            .subtract(BigInteger.valueOf(start))
            .divide(BigInteger.valueOf(step))
            .add(BigInteger.ONE);
    if (count.compareTo(BigInteger.valueOf(MAX_RANGE)) > 0) {
      throw EvaluationError.uncoded(EvaluationBounds.MEMORY);
    }
    final List<Object> sequence = Utils.createSequence();
    long value = start;
    for (int i = 0; i < count.intValue(); i++) {
      sequence.add(JsonataValues.normalize(value));
      // Stepping only between elements keeps the value inside [start, end], so it cannot overflow.
      if (i + 1 < count.intValue()) {
        value += step;
      }
    }
    return sequence;
  }

  static Object hash(List<?> args) {
    final Object data = Bindings.arg(args, 0);
    final Object algorithm = Bindings.arg(args, 1);
    if (data == null || algorithm == null) {
      return null;
    }
    if (!(data instanceof String text)) {
      throw EvaluationError.signature(1, "hash");
    }
    if (!(algorithm instanceof String name)) {
      throw EvaluationError.signature(2, "hash");
    }
    if (!HASHES.contains(name)) {
      throw EvaluationError.uncoded(
          "The hash algorithm must be one of MD5, SHA-1, SHA-256, SHA-384 or SHA-512, but was: "
              + name);
    }
    try {
      final byte[] digest =
          MessageDigest.getInstance(name).digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Expected the JDK to provide " + name, e);
    }
  }

  static Object parse(List<?> args) {
    final Object text = Bindings.arg(args, 0);
    if (text == null) {
      return null;
    }
    if (!(text instanceof String json)) {
      throw EvaluationError.signature(1, "parse");
    }
    final JsonNode parsed;
    try {
      parsed = Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw EvaluationError.uncoded(
          "The argument of function \"parse\" is not valid JSON: " + e.getOriginalMessage());
    }
    if (parsed == null || parsed.isMissingNode()) {
      throw EvaluationError.uncoded("The argument of function \"parse\" is not valid JSON: empty");
    }
    return JsonataValues.toJava(parsed);
  }
}
