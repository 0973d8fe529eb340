package io.baton.node.task;

import io.baton.engine.interpreter.TaskTokens;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, tamper-proof task tokens: the execution ARN and task id (which names the state and the
 * attempt), signed with the node's secret. A token whose signature does not match is refused.
 */
public final class TaskTokenCodec implements TaskTokens {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  /** Task tokens say what they are, so no other signed text (a page token) passes as one. */
  private static final String TASK = "task\n";

  private static final String TEXT = "text\n";
  private final byte[] secret;

  public TaskTokenCodec(String secret) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  /** What a valid token names. */
  public record Claims(String executionArn, String taskId) {}

  @Override
  public String mint(io.baton.engine.execution.ExecutionInfo execution, String taskId) {
    return sign(execution.executionArn(), taskId);
  }

  public String sign(String executionArn, String taskId) {
    final byte[] payload = (TASK + executionArn + "\n" + taskId).getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
  }

  public Optional<Claims> verify(String token) {
    if (token == null) {
      return Optional.empty();
    }
    final int dot = token.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    try {
      final byte[] payload = DECODER.decode(token.substring(0, dot));
      final byte[] signature = DECODER.decode(token.substring(dot + 1));
      if (!MessageDigest.isEqual(signature, mac(payload))) {
        return Optional.empty();
      }
      final String signed = new String(payload, StandardCharsets.UTF_8);
      if (!signed.startsWith(TASK)) {
        return Optional.empty();
      }
      final String text = signed.substring(TASK.length());
      final int nl = text.indexOf('\n');
      return nl < 0
          ? Optional.empty()
          : Optional.of(new Claims(text.substring(0, nl), text.substring(nl + 1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Signs arbitrary text (page tokens use it too). */
  public String signText(String text) {
    final byte[] payload = (TEXT + text).getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
  }

  public Optional<String> verifyText(String token) {
    if (token == null || token.indexOf('.') <= 0) {
      return Optional.empty();
    }
    final int dot = token.indexOf('.');
    try {
      final byte[] payload = DECODER.decode(token.substring(0, dot));
      final byte[] signature = DECODER.decode(token.substring(dot + 1));
      final String signed = new String(payload, StandardCharsets.UTF_8);
      return MessageDigest.isEqual(signature, mac(payload)) && signed.startsWith(TEXT)
          ? Optional.of(signed.substring(TEXT.length()))
          : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private byte[] mac(byte[] payload) {
    try {
      final Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
