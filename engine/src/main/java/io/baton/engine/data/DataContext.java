package io.baton.engine.data;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.IdSource;
import java.time.Instant;

/**
 * Everything a path, intrinsic or JSONata expression may read while a state runs.
 *
 * <ul>
 *   <li>{@code input}: the value {@code $} refers to (the state's effective input at that step).
 *   <li>{@code context}: the context object ({@code $$}).
 *   <li>{@code variables}: what {@code $name} refers to.
 *   <li>{@code ids} and {@code now}: the only randomness and time an expression may see.
 * </ul>
 */
public record DataContext(
    JsonNode input, JsonNode context, Variables variables, IdSource ids, Instant now) {

  /** The same context with {@code $} pointing at another value. */
  public DataContext withInput(JsonNode newInput) {
    return new DataContext(newInput, context, variables, ids, now);
  }
}
