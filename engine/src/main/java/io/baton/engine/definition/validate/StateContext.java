package io.baton.engine.definition.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * One state under validation, handed to the validator of its type.
 *
 * <ul>
 *   <li>{@code usable} holds the fields that are allowed for the type in the state's language; type
 *       validators look only at those, so an unsupported field is reported once, not twice.
 *   <li>{@code scopes} validates nested state machines (Parallel branches, Map processors).
 * </ul>
 */
record StateContext(
    ValidationContext ctx,
    String name,
    JsonNode node,
    Pointer at,
    QueryLanguage language,
    Set<String> usable,
    ScopeValidator scopes,
    int depth) {

  Fields fields() {
    return new Fields(ctx, node, at);
  }

  /** Whether the state has {@code field} and may use it. */
  boolean has(String field) {
    return usable.contains(field) && node.has(field);
  }

  JsonNode get(String field) {
    return has(field) ? node.get(field) : null;
  }

  boolean jsonPath() {
    return language == QueryLanguage.JSONPATH;
  }
}
