package io.baton.engine.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A parsed intrinsic expression: a function call whose arguments are literals, paths or nested
 * calls.
 *
 * <ul>
 *   <li>Immutable, so a parsed call can be cached and shared between executions.
 *   <li>Holds no evaluation logic; {@link IntrinsicEvaluator} interprets it.
 * </ul>
 */
sealed interface Expr permits Expr.Call, Expr.Path, Expr.Literal {

  /**
   * A call such as {@code States.Format(...)}; {@code name} includes the {@code States.} prefix.
   */
  record Call(String name, List<Expr> args) implements Expr {
    public Call {
      args = List.copyOf(args);
    }
  }

  /** A path argument: {@code $...} (input), {@code $$...} (context) or {@code $name...}. */
  record Path(String path) implements Expr {}

  /**
   * A literal argument. For a string literal {@code raw} is the text between the quotes with its
   * escapes intact, which States.Format needs to tell {@code \{} from a placeholder; for other
   * literals it is the token as written.
   */
  record Literal(JsonNode value, String raw) implements Expr {}
}
