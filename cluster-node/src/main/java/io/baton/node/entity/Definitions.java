package io.baton.node.entity;

import io.baton.engine.definition.StateMachineDefinition;
import io.baton.engine.definition.parse.DefinitionParser;
import io.baton.engine.json.Json;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed definitions, shared: many executions of one revision parse its text once. Bounded, so a
 * node that sees many revisions does not keep them all.
 */
final class Definitions {
  private static final int LIMIT = 1000;
  private static final Map<String, StateMachineDefinition> CACHE = new ConcurrentHashMap<>();

  private Definitions() {}

  static StateMachineDefinition parse(String text) {
    final StateMachineDefinition cached = CACHE.get(text);
    if (cached != null) {
      return cached;
    }
    final StateMachineDefinition parsed = DefinitionParser.parse(Json.parse(text));
    if (CACHE.size() >= LIMIT) {
      CACHE.clear();
    }
    CACHE.put(text, parsed);
    return parsed;
  }
}
