package io.baton.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * One Catch entry. {@code resultPath} is empty for an explicit null; JSONata catchers use {@code
 * output} (MissingNode when absent) and {@code assign}.
 */
public record Catcher(
    List<String> errorEquals,
    String next,
    Optional<String> resultPath,
    JsonNode output,
    JsonNode assign) {
  public Catcher {
    errorEquals = List.copyOf(errorEquals);
  }
}
