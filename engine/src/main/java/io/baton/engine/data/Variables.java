package io.baton.engine.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The variables visible to a state: its own scope's values and, read-only, those of the enclosing
 * scopes (a Map iteration or Parallel branch sees the variables of the state that started it).
 *
 * <ul>
 *   <li>Immutable: {@link #with} returns a new scope; values are shared, never copied.
 *   <li>A name in an inner scope shadows the same name further out.
 * </ul>
 */
public final class Variables {
  public static final Variables EMPTY = new Variables(null, Map.of());

  private final Variables parent;
  private final Map<String, JsonNode> values;

  private Variables(Variables parent, Map<String, JsonNode> values) {
    this.parent = parent;
    this.values = values;
  }

  /** A new, empty scope nested in this one. */
  public Variables child() {
    return new Variables(this, Map.of());
  }

  /** This scope with the given names assigned (in this scope, never in an enclosing one). */
  public Variables with(Map<String, JsonNode> assigned) {
    if (assigned.isEmpty()) {
      return this;
    }
    final var merged = new HashMap<>(values);
    merged.putAll(assigned);
    return new Variables(parent, Map.copyOf(merged));
  }

  /** The value of a variable, searching this scope first, then the enclosing ones. */
  public Optional<JsonNode> lookup(String name) {
    for (Variables scope = this; scope != null; scope = scope.parent) {
      final JsonNode value = scope.values.get(name);
      if (value != null) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** The values assigned in this scope only. */
  public Map<String, JsonNode> local() {
    return values;
  }

  /** Every visible variable, inner scopes winning, for binding into JSONata. */
  public Map<String, JsonNode> visible() {
    final var all = new LinkedHashMap<String, JsonNode>();
    if (parent != null) {
      all.putAll(parent.visible());
    }
    all.putAll(values);
    return all;
  }

  public Optional<Variables> parent() {
    return Optional.ofNullable(parent);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Variables v
        && values.equals(v.values)
        && java.util.Objects.equals(parent, v.parent);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }
}
