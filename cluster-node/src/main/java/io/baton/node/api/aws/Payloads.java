package io.baton.node.api.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.baton.engine.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Checks of JSON payloads (execution inputs, task outputs): AWS bounds them in UTF-8 bytes and
 * requires JSON text, answering with the action's own error ({@code InvalidExecutionInput}, {@code
 * InvalidOutput}).
 */
final class Payloads {
  private Payloads() {}

  /**
   * @param error the AWS error name for this action's payload
   * @param label how AWS's message names the payload, e.g. "State Machine Execution Input"
   */
  static void check(String text, int maxBytes, String error, String label) {
    final int bytes = text.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > maxBytes) {
      throw AwsError.client(
          error,
          "Invalid "
              + label
              + ": expected at most "
              + maxBytes
              + " bytes of UTF-8, but got "
              + bytes);
    }
    try {
      Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw AwsError.client(error, "Invalid " + label + ": '" + e.getOriginalMessage() + "'");
    } catch (IOException e) {
      throw AwsError.client(error, "Invalid " + label + ": '" + e.getMessage() + "'");
    }
  }
}
