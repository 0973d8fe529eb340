package io.baton.engine.definition;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed state machine, or a sub-machine (a Parallel branch or a Map item processor).
 *
 * <ul>
 *   <li>{@code states} keeps the definition's order; {@code startAt} names one of them.
 *   <li>{@code timeoutSeconds} is only meaningful at the top level.
 *   <li>{@code source} is the JSON it was parsed from, so a sub-machine can be handed on (a
 *       Distributed Map iteration becomes an execution of its item processor).
 * </ul>
 */
public record StateMachineDefinition(
    String startAt,
    Map<String, State> states,
    QueryLanguage queryLanguage,
    Optional<Integer> timeoutSeconds,
    Optional<String> comment,
    com.fasterxml.jackson.databind.JsonNode source) {
  public StateMachineDefinition {
    Objects.requireNonNull(startAt, "startAt");
    states = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(states));
  }

  /** The state called {@code name}; throws when there is none (definitions are validated). */
  public State state(String name) {
    final State state = states.get(name);
    if (state == null) {
      throw new IllegalStateException("Expected a state named '" + name + "', but found none");
    }
    return state;
  }
}
