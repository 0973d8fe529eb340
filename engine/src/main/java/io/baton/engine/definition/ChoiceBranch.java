package io.baton.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.definition.choice.ChoiceRule;
import java.util.Optional;

/**
 * One entry of a Choice state's Choices: a JSONPath rule or a JSONata Condition, the state it leads
 * to, and what it assigns and outputs when taken (MissingNode when nothing).
 */
public record ChoiceBranch(
    Optional<ChoiceRule> rule, JsonNode condition, String next, JsonNode assign, JsonNode output) {}
