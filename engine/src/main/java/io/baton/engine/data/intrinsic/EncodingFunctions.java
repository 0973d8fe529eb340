package io.baton.engine.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

/**
 * The encoding and hashing intrinsics: States.Base64Encode, States.Base64Decode and States.Hash.
 *
 * <ul>
 *   <li>Inputs are limited to {@value #MAX_INPUT} characters and handled as UTF-8.
 *   <li>States.Base64Decode is lenient like AWS's decoder, see {@link LenientBase64}.
 *   <li>States.Hash accepts MD5, SHA-1, SHA-256, SHA-384 and SHA-512 (exact spelling) and returns
 *       lower-case hex. Data that is not a string is hashed as its Java text, see {@link JavaText}.
 * </ul>
 */
final class EncodingFunctions {
  static final int MAX_INPUT = 10_000;
  private static final Set<String> ALGORITHMS =
      Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

  private EncodingFunctions() {}

  static JsonNode base64Encode(Invocation call) {
    call.requireCount(1);
    final byte[] bytes = call.string(0, MAX_INPUT).getBytes(StandardCharsets.UTF_8);
    return Json.NODES.textNode(Base64.getEncoder().encodeToString(bytes));
  }

  static JsonNode base64Decode(Invocation call) {
    call.requireCount(1);
    final byte[] bytes = LenientBase64.decode(call.string(0, MAX_INPUT));
    return Json.NODES.textNode(new String(bytes, StandardCharsets.UTF_8));
  }

  static JsonNode hash(Invocation call) {
    call.requireCount(2);
    final String data = JavaText.render(call.value(0));
    final String algorithm = call.string(1);
    if (data.length() > MAX_INPUT || !ALGORITHMS.contains(algorithm)) {
      throw call.invalid();
    }
    try {
      final MessageDigest digest = MessageDigest.getInstance(algorithm);
      final byte[] hash = digest.digest(data.getBytes(StandardCharsets.UTF_8));
      return Json.NODES.textNode(HexFormat.of().formatHex(hash));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime provides " + algorithm, e);
    }
  }
}
