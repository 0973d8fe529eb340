package io.baton.client.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads definitions and inputs for the CLI, with messages that say what was wrong. */
final class CliFiles {
  private CliFiles() {}

  static String readText(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
    }
  }

  static JsonNode readDefinition(Path file) {
    final String text = readText(file);
    try {
      return Json.parse(text);
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException(file + " is not valid JSON: " + e.getCause().getMessage());
    }
  }

  /** Parses --input: inline JSON, or @file. Refuses inputs over {@code maxBytes}. */
  static JsonNode readInput(String input, int maxBytes) {
    final String text = input.startsWith("@") ? readText(Path.of(input.substring(1))) : input;
    if (text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
      throw new IllegalArgumentException(
          "the input is larger than the " + maxBytes + "-byte limit of an execution's input");
    }
    try {
      return Json.parse(text);
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException("--input is not valid JSON: " + e.getCause().getMessage());
    }
  }
}
