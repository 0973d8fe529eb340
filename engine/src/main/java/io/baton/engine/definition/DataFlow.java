package io.baton.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Optional;

/**
 * The input/output processing fields a state declares. Path fields distinguish "absent" (the
 * default {@code $}) from an explicit JSON {@code null}: an empty Optional means null.
 *
 * <ul>
 *   <li>JSONPath states use inputPath, parameters, resultSelector, resultPath and outputPath.
 *   <li>JSONata states use arguments and output.
 *   <li>Template fields that are absent are {@link MissingNode}.
 * </ul>
 */
public record DataFlow(
    Optional<String> inputPath,
    JsonNode parameters,
    JsonNode resultSelector,
    Optional<String> resultPath,
    Optional<String> outputPath,
    JsonNode arguments,
    JsonNode output,
    JsonNode assign) {

  public static final DataFlow DEFAULT =
      new DataFlow(
          Optional.of("$"),
          MissingNode.getInstance(),
          MissingNode.getInstance(),
          Optional.of("$"),
          Optional.of("$"),
          MissingNode.getInstance(),
          MissingNode.getInstance(),
          MissingNode.getInstance());
}
