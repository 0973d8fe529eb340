package io.baton.engine.data;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.IdSource;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Everything a path, intrinsic or JSONata expression may read while a state runs.
 *
 * <ul>
 *   <li>{@code input}: the value {@code $} refers to (the state's effective input at that step).
 *   <li>{@code context}: the context object ({@code $$}), built only if an expression reads it.
 *   <li>{@code variables}: what {@code $name} refers to.
 *   <li>{@code ids} and {@code now}: the only randomness and time an expression may see.
 * </ul>
 */
public final class DataContext {
  private final JsonNode input;
  private final Supplier<JsonNode> contextSupplier;
  private final Variables variables;
  private final IdSource ids;
  private final Instant now;
  private JsonNode context;

  public DataContext(JsonNode input, JsonNode context, Variables variables, IdSource ids, Instant now) {
    this(input, () -> context, variables, ids, now);
    this.context = context;
  }

  public DataContext(
      JsonNode input, Supplier<JsonNode> context, Variables variables, IdSource ids, Instant now) {
    this.input = input;
    this.contextSupplier = Objects.requireNonNull(context);
    this.variables = variables;
    this.ids = ids;
    this.now = now;
  }

  public JsonNode input() {
    return input;
  }

  public JsonNode context() {
    if (context == null) {
      context = contextSupplier.get();
    }
    return context;
  }

  public Variables variables() {
    return variables;
  }

  public IdSource ids() {
    return ids;
  }

  public Instant now() {
    return now;
  }

  /** The same context with {@code $} pointing at another value. */
  public DataContext withInput(JsonNode newInput) {
    return new DataContext(newInput, this::context, variables, ids, now);
  }
}
