package io.baton.node.api.aws;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 (AWS4-HMAC-SHA256): the canonical request, the string to sign and the
 * signature, exactly as AWS's documentation defines them for services other than S3.
 */
final class SigV4Signer {
  static final String ALGORITHM = "AWS4-HMAC-SHA256";

  private SigV4Signer() {}

  /**
   * The hex signature of {@code request}.
   *
   * @param signedHeaders lower-case header names, as listed in the Authorization header
   * @param scope {@code date/region/service/aws4_request}
   */
  static String signature(
      SignedRequest request,
      List<String> signedHeaders,
      String amzDate,
      String scope,
      String secret) {
    final String stringToSign =
        ALGORITHM
            + "\n"
            + amzDate
            + "\n"
            + scope
            + "\n"
            + hex(sha256(canonicalRequest(request, signedHeaders)));
    final String[] parts = scope.split("/");
    byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), parts[0]);
    for (int i = 1; i < parts.length; i++) {
      key = hmac(key, parts[i]);
    }
    return hex(hmac(key, stringToSign));
  }

  static String canonicalRequest(SignedRequest request, List<String> signedHeaders) {
    final StringBuilder headers = new StringBuilder();
    for (String name : signedHeaders) {
      final List<String> values = request.headers().getOrDefault(name, List.of());
      final List<String> trimmed = new ArrayList<>();
      values.forEach(v -> trimmed.add(v.trim().replaceAll(" +", " ")));
      headers.append(name).append(':').append(String.join(",", trimmed)).append('\n');
    }
    return request.method().toUpperCase(Locale.ROOT)
        + "\n"
        + canonicalPath(request.path())
        + "\n"
        + canonicalQuery(request.rawQuery())
        + "\n"
        + headers
        + "\n"
        + String.join(";", signedHeaders)
        + "\n"
        + hex(sha256(request.body()));
  }

  /** Each segment URI-encoded once more: non-S3 services sign the doubly-encoded path. */
  private static String canonicalPath(String path) {
    if (path.isEmpty()) {
      return "/";
    }
    final String[] segments = path.split("/", -1);
    final List<String> encoded = new ArrayList<>();
    for (String segment : segments) {
      encoded.add(uriEncode(segment));
    }
    return String.join("/", encoded);
  }

  private static String canonicalQuery(String rawQuery) {
    if (rawQuery.isEmpty()) {
      return "";
    }
    final List<String[]> pairs = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      final int eq = pair.indexOf('=');
      final String name = eq < 0 ? pair : pair.substring(0, eq);
      final String value = eq < 0 ? "" : pair.substring(eq + 1);
      pairs.add(new String[] {uriEncode(decode(name)), uriEncode(decode(value))});
    }
    pairs.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
    final List<String> joined = new ArrayList<>();
    pairs.forEach(p -> joined.add(p[0] + "=" + p[1]));
    return String.join("&", joined);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** RFC 3986 encoding as SigV4 wants it: unreserved characters kept, the rest %XX. */
  static String uriEncode(String s) {
    final StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      final char c = (char) (b & 0xFF);
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~') {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xFF));
      }
    }
    return out.toString();
  }

  static byte[] sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Expected the JDK to provide SHA-256", e);
    }
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      final Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Expected the JDK to provide HmacSHA256", e);
    }
  }

  static String hex(byte[] bytes) {
    final StringBuilder out = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      out.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return out.toString();
  }
}
