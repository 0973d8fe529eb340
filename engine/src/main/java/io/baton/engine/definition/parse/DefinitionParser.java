package io.baton.engine.definition.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.baton.engine.definition.ChoiceBranch;
import io.baton.engine.definition.ChoiceState;
import io.baton.engine.definition.DataFlow;
import io.baton.engine.definition.FailState;
import io.baton.engine.definition.MapState;
import io.baton.engine.definition.ParallelState;
import io.baton.engine.definition.PassState;
import io.baton.engine.definition.QueryLanguage;
import io.baton.engine.definition.State;
import io.baton.engine.definition.StateMachineDefinition;
import io.baton.engine.definition.SucceedState;
import io.baton.engine.definition.TaskState;
import io.baton.engine.definition.WaitState;
import io.baton.engine.definition.choice.ChoiceRuleParser;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns definition JSON into typed records.
 *
 * <ul>
 *   <li>Expects a definition the validator accepted; on malformed input it throws {@link
 *       IllegalArgumentException} naming the location, never anything else.
 *   <li>Resolves each state's effective query language (its own, else the enclosing machine's).
 * </ul>
 */
public final class DefinitionParser {
  private DefinitionParser() {}

  public static StateMachineDefinition parse(JsonNode root) {
    return machine(root, QueryLanguage.JSONPATH, "");
  }

  static StateMachineDefinition machine(JsonNode node, QueryLanguage inherited, String at) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("Expected an object at " + pointer(at));
    }
    final QueryLanguage language =
        node.has("QueryLanguage")
            ? QueryLanguage.fromAsl(node.get("QueryLanguage").asText())
            : inherited;
    final JsonNode states = node.get("States");
    if (states == null || !states.isObject()) {
      throw new IllegalArgumentException("Expected an object at " + pointer(at + "/States"));
    }
    final Map<String, State> parsed = new LinkedHashMap<>();
    final Iterator<Map.Entry<String, JsonNode>> fields = states.fields();
    while (fields.hasNext()) {
      final Map.Entry<String, JsonNode> entry = fields.next();
      parsed.put(
          entry.getKey(),
          state(entry.getKey(), entry.getValue(), language, at + "/States/" + entry.getKey()));
    }
    final JsonNode startAt = node.get("StartAt");
    if (startAt == null || !startAt.isTextual()) {
      throw new IllegalArgumentException("Expected a string at " + pointer(at + "/StartAt"));
    }
    return new StateMachineDefinition(
        startAt.asText(),
        parsed,
        language,
        node.has("TimeoutSeconds")
            ? Optional.of(node.get("TimeoutSeconds").asInt())
            : Optional.empty(),
        text(node, "Comment"));
  }

  private static State state(String name, JsonNode node, QueryLanguage inherited, String at) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("Expected an object at " + pointer(at));
    }
    final QueryLanguage language =
        node.has("QueryLanguage")
            ? QueryLanguage.fromAsl(node.get("QueryLanguage").asText())
            : inherited;
    final DataFlow flow = dataFlow(node);
    final Optional<String> next = text(node, "Next");
    final String type = node.path("Type").asText();
    switch (type) {
      case "Pass":
        return new PassState(name, language, flow, next, field(node, "Result"));
      case "Task":
        return new TaskState(
            name,
            language,
            flow,
            next,
            node.path("Resource").asText(),
            field(node, "TimeoutSeconds"),
            text(node, "TimeoutSecondsPath"),
            field(node, "HeartbeatSeconds"),
            text(node, "HeartbeatSecondsPath"),
            field(node, "Credentials"),
            ErrorHandlingParser.parse(node));
      case "Choice":
        return new ChoiceState(
            name, language, flow, Optional.empty(), choices(node, language), text(node, "Default"));
      case "Wait":
        return new WaitState(
            name,
            language,
            flow,
            next,
            field(node, "Seconds"),
            text(node, "SecondsPath"),
            field(node, "Timestamp"),
            text(node, "TimestampPath"));
      case "Succeed":
        return new SucceedState(name, language, flow, Optional.empty());
      case "Fail":
        return new FailState(
            name,
            language,
            flow,
            Optional.empty(),
            field(node, "Error"),
            text(node, "ErrorPath"),
            field(node, "Cause"),
            text(node, "CausePath"));
      case "Parallel":
        return new ParallelState(
            name, language, flow, next, branches(node, language, at), ErrorHandlingParser.parse(node));
      case "Map":
        return MapStateParser.parse(name, node, language, flow, next, at);
      default:
        throw new IllegalArgumentException(
            "Unknown state type '" + type + "' at " + pointer(at + "/Type"));
    }
  }

  private static List<StateMachineDefinition> branches(
      JsonNode node, QueryLanguage language, String at) {
    final List<StateMachineDefinition> branches = new ArrayList<>();
    final JsonNode list = node.path("Branches");
    for (int i = 0; i < list.size(); i++) {
      branches.add(machine(list.get(i), language, at + "/Branches/" + i));
    }
    return branches;
  }

  private static List<ChoiceBranch> choices(JsonNode node, QueryLanguage language) {
    final List<ChoiceBranch> choices = new ArrayList<>();
    for (JsonNode rule : node.path("Choices")) {
      choices.add(
          new ChoiceBranch(
              language == QueryLanguage.JSONPATH
                  ? Optional.of(ChoiceRuleParser.parseBranch(rule).rule())
                  : Optional.empty(),
              field(rule, "Condition"),
              rule.path("Next").asText(),
              field(rule, "Assign"),
              field(rule, "Output")));
    }
    return choices;
  }

  static DataFlow dataFlow(JsonNode node) {
    return new DataFlow(
        path(node, "InputPath"),
        field(node, "Parameters"),
        field(node, "ResultSelector"),
        path(node, "ResultPath"),
        path(node, "OutputPath"),
        field(node, "Arguments"),
        field(node, "Output"),
        field(node, "Assign"));
  }

  /** A path field: absent means "$", explicit null means empty. */
  static Optional<String> path(JsonNode node, String field) {
    final JsonNode value = node.get(field);
    if (value == null) {
      return Optional.of("$");
    }
    return value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }

  static Optional<String> text(JsonNode node, String field) {
    final JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }

  static JsonNode field(JsonNode node, String field) {
    final JsonNode value = node.get(field);
    return value == null ? MissingNode.getInstance() : value;
  }

  static String pointer(String at) {
    return at.isEmpty() ? "/" : at;
  }
}
