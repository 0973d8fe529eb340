package io.baton.engine.definition.choice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * The right-hand side of a {@link ChoiceRule.Comparison}: a literal from the definition or a path
 * that is read when the rule is evaluated.
 *
 * <ul>
 *   <li>Never null inside; a JSON {@code null} literal is a {@code NullNode}.
 * </ul>
 */
public sealed interface Operand permits Operand.Literal, Operand.Path {

  /** A value written in the definition, e.g. the {@code 1} of {@code "NumericEquals": 1}. */
  record Literal(JsonNode value) implements Operand {
    public Literal {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A path such as {@code "$.limit"}, {@code "$$.Execution.Input.x"} or {@code "$var.x"}. */
  record Path(String path) implements Operand {
    public Path {
      Objects.requireNonNull(path, "path");
    }
  }
}
