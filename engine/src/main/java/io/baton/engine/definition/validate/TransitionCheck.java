package io.baton.engine.definition.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the transitions of one (sub-)machine: targets exist in the same scope, the scope has a
 * terminal state, and every state is reachable from StartAt.
 *
 * <ul>
 *   <li>Transitions are Next, Choice rules' Next, Choice Default and Catch Next; Parallel branches
 *       and Map processors are scopes of their own, so no transition crosses a scope boundary.
 *   <li>As AWS does, a scope without a terminal state gets MISSING_END_STATE and no unreachable
 *       states report, and dangling targets come first.
 *   <li>Skips the graph checks of a scope with a state of unknown type, which is reported
 *       elsewhere: its transitions are unknown.
 * </ul>
 */
final class TransitionCheck {
  private TransitionCheck() {}

  static void check(ValidationContext ctx, JsonNode scope, Pointer at) {
    final JsonNode states = scope.get("States");
    final Pointer statesAt = at.field("States");
    final Map<String, List<String>> edges = new HashMap<>();
    boolean terminal = false;
    boolean typesKnown = true;
    final Iterator<Map.Entry<String, JsonNode>> it = states.fields();
    while (it.hasNext()) {
      final Map.Entry<String, JsonNode> entry = it.next();
      final JsonNode state = entry.getValue();
      final String type = state.path("Type").asText("");
      typesKnown &= StateFieldTable.TYPES.contains(type);
      terminal |= isTerminal(type, state);
      edges.put(entry.getKey(), targets(ctx, states, state, type, statesAt.field(entry.getKey())));
    }
    final JsonNode startAt = scope.get("StartAt");
    final boolean startKnown =
        startAt != null && startAt.isTextual() && states.has(startAt.asText());
    if (startAt != null && startAt.isTextual() && !startKnown) {
      ctx.error(
          DiagnosticCodes.MISSING_TRANSITION_TARGET,
          "Missing 'StartAt' target: " + startAt.textValue(),
          at.field("StartAt"));
    }
    if (!typesKnown || states.isEmpty()) {
      return;
    }
    if (!terminal) {
      ctx.error(DiagnosticCodes.MISSING_END_STATE, "Workflow has no terminal state", at);
    } else if (startKnown) {
      unreachable(ctx, states, statesAt, startAt.textValue(), edges);
    }
  }

  private static boolean isTerminal(String type, JsonNode state) {
    if ("Succeed".equals(type) || "Fail".equals(type)) {
      return true;
    }
    return StateFieldTable.FLOW_TYPES.contains(type) && state.path("End").asBoolean(false);
  }

  private static List<String> targets(
      ValidationContext ctx, JsonNode states, JsonNode state, String type, Pointer at) {
    final List<String> targets = new ArrayList<>();
    if (StateFieldTable.FLOW_TYPES.contains(type)) {
      target(ctx, states, state.get("Next"), at.field("Next"), targets);
    }
    if ("Choice".equals(type)) {
      final JsonNode choices = state.path("Choices");
      for (int i = 0; i < choices.size() && choices.isArray(); i++) {
        final Pointer ruleAt = at.field("Choices").index(i);
        target(ctx, states, choices.get(i).get("Next"), ruleAt.field("Next"), targets);
      }
      target(ctx, states, state.get("Default"), at.field("Default"), targets);
    }
    final JsonNode catchers = state.path("Catch");
    final boolean canCatch = Set.of("Task", "Parallel", "Map").contains(type);
    for (int i = 0; canCatch && catchers.isArray() && i < catchers.size(); i++) {
      final Pointer catchAt = at.field("Catch").index(i);
      target(ctx, states, catchers.get(i).get("Next"), catchAt.field("Next"), targets);
    }
    return targets;
  }

  private static void target(
      ValidationContext ctx, JsonNode states, JsonNode next, Pointer at, List<String> targets) {
    if (next == null || !next.isTextual()) {
      return;
    }
    if (states.has(next.textValue())) {
      targets.add(next.textValue());
    } else {
      ctx.error(
          DiagnosticCodes.MISSING_TRANSITION_TARGET,
          "Missing 'Next' target: " + next.textValue(),
          at);
    }
  }

  private static void unreachable(
      ValidationContext ctx,
      JsonNode states,
      Pointer statesAt,
      String startAt,
      Map<String, List<String>> edges) {
    final Set<String> seen = new HashSet<>(List.of(startAt));
    final Deque<String> queue = new ArrayDeque<>(seen);
    while (!queue.isEmpty()) {
      for (String next : edges.getOrDefault(queue.poll(), List.of())) {
        if (seen.add(next)) {
          queue.add(next);
        }
      }
    }
    final Iterator<String> names = states.fieldNames();
    while (names.hasNext()) {
      final String name = names.next();
      if (!seen.contains(name)) {
        ctx.error(
            DiagnosticCodes.MISSING_TRANSITION_TARGET,
            "State \"" + name + "\" is not reachable.",
            statesAt.field(name));
      }
    }
  }
}
