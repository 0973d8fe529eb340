package io.baton.engine.definition;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entry of a Choice state's Choices: a JSONPath rule (the raw rule object) or a JSONata
 * Condition, the state it leads to, and what it assigns when taken (MissingNode when nothing).
 */
public record ChoiceBranch(JsonNode rule, JsonNode condition, String next, JsonNode assign, JsonNode output) {}
