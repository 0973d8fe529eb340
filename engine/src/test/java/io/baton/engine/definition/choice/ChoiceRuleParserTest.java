package io.baton.engine.definition.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.baton.engine.json.Json;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChoiceRuleParserTest {

  @Test
  void shouldParseATopLevelRuleWithNextAndAssign() {
    // given
    final String json =
        "{\"Variable\": \"$.n\", \"NumericEquals\": 1, \"Next\": \"One\","
            + " \"Assign\": {\"seen.$\": \"$.n\"}, \"Comment\": \"first\"}";

    // when
    final ChoiceBranch branch = ChoiceRuleParser.parseBranch(Json.parse(json));

    // then
    assertThat(branch.rule())
        .isEqualTo(
            ChoiceRule.Comparison.literal("$.n", Operator.NUMERIC_EQUALS, IntNode.valueOf(1)));
    assertThat(branch.next()).isEqualTo("One");
    assertThat(branch.assign()).isEqualTo(Json.parse("{\"seen.$\": \"$.n\"}"));
  }

  @Test
  void shouldUseMissingNodeWhenNothingIsAssigned() {
    // when
    final ChoiceBranch branch =
        ChoiceRuleParser.parseBranch(
            Json.parse("{\"Variable\": \"$.b\", \"BooleanEquals\": true, \"Next\": \"Yes\"}"));

    // then
    assertThat(branch.assign().isMissingNode()).isTrue();
  }

  @Test
  void shouldParseNestedCombinators() {
    // given
    final String json =
        "{\"And\": [{\"Not\": {\"Variable\": \"$$.State.Name\", \"StringMatches\": \"x*\"}},"
            + " {\"Or\": [{\"Variable\": \"$var.a\", \"IsNull\": false, \"Comment\": \"c\"},"
            + " {\"Variable\": \"$.t\", \"TimestampLessThanPath\": \"$.u\"}]}]}";

    // when
    final ChoiceRule rule = ChoiceRuleParser.parse(Json.parse(json));

    // then
    assertThat(rule)
        .isEqualTo(
            new ChoiceRule.And(
                List.of(
                    new ChoiceRule.Not(
                        ChoiceRule.Comparison.literal(
                            "$$.State.Name", Operator.STRING_MATCHES, TextNode.valueOf("x*"))),
                    new ChoiceRule.Or(
                        List.of(
                            ChoiceRule.Comparison.literal(
                                "$var.a", Operator.IS_NULL, BooleanNode.FALSE),
                            ChoiceRule.Comparison.path(
                                "$.t", Operator.TIMESTAMP_LESS_THAN_PATH, "$.u"))))));
  }

  @Test
  void shouldKnowEveryAslOperatorByName() {
    // given
    final List<String> names = Arrays.stream(Operator.values()).map(Operator::aslName).toList();

    // when / then
    assertThat(names).hasSize(39).doesNotHaveDuplicates();
    for (Operator operator : Operator.values()) {
      assertThat(Operator.fromAslName(operator.aslName())).contains(operator);
      assertThat(operator.isPath()).isEqualTo(operator.name().endsWith("_PATH"));
    }
    assertThat(Operator.fromAslName("stringequals")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "[] | Expected the choice rule to be an object, but found array []",
        "{\"Variable\": \"$.a\"} | Expected the choice rule to have exactly one of And, Or, Not"
            + " or a comparison operator, but found none",
        "{\"Variable\": \"$.a\", \"IsNull\": true, \"IsString\": true} | but found IsNull,"
            + " IsString",
        "{\"Variable\": \"$.a\", \"StringEquals\": 1} | Expected the choice rule to have a string"
            + " as StringEquals, but found number 1",
        "{\"Variable\": \"$.a\", \"NumericEquals\": \"1\"} | to have a number as NumericEquals",
        "{\"Variable\": \"$.a\", \"BooleanEquals\": \"true\"} | to have a boolean as BooleanEquals",
        "{\"Variable\": \"$.a\", \"IsPresent\": 1} | to have a boolean as IsPresent",
        "{\"Variable\": \"$.a\", \"TimestampEquals\": \"2016-03-14\"} | to have an RFC 3339"
            + " timestamp string as TimestampEquals",
        "{\"Variable\": \"$.a\", \"StringEqualsPath\": \"b\"} | to have a path as"
            + " StringEqualsPath, but found string \"b\"",
        "{\"Variable\": \"a\", \"StringEquals\": \"b\"} | to have a Variable that is a path",
        "{\"StringEquals\": \"b\"} | to have a Variable that is a path, but found nothing",
        "{\"Variable\": \"$.a\", \"StringEqual\": \"b\"} | to have only known fields, but found"
            + " 'StringEqual'",
        "{\"Variable\": \"$.a\", \"And\": [{\"Variable\": \"$.a\", \"IsNull\": true}]} | to"
            + " have no Variable next to And, but found one",
        "{\"And\": []} | to have a non-empty array And, but found array []",
        "{\"Or\": {}} | to have a non-empty array Or, but found object {}",
        "{\"Not\": [{\"Variable\": \"$.a\", \"IsNull\": true}]} | Expected the choice rule at Not"
            + " to be an object",
        "{\"And\": [{\"Variable\": \"$.a\", \"IsNull\": true}, {\"Not\": {\"Variable\": \"$.b\"}}]}"
            + " | Expected the choice rule at And[1].Not to have exactly one of",
        "{\"Or\": [{\"Variable\": \"$.a\", \"IsNull\": true, \"Next\": \"X\"}]} | Expected the"
            + " choice rule at Or[0] to have only known fields, but found 'Next'",
        "{\"Condition\": \"{% true %}\"} | to have only known fields, but found 'Condition'",
      })
  void shouldRejectAMalformedRuleSayingWhereAndWhy(String json, String message) {
    // when / then
    assertThatThrownBy(() -> ChoiceRuleParser.parse(Json.parse(json)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"Variable\": \"$.a\", \"IsNull\": true} | to have a string Next, but found nothing",
        "{\"Variable\": \"$.a\", \"IsNull\": true, \"Next\": 1} | to have a string Next, but"
            + " found number 1",
        "{\"Variable\": \"$.a\", \"IsNull\": true, \"Next\": \"X\", \"Assign\": []} | to have an"
            + " object Assign, but found array []",
        "{\"Variable\": \"$.a\", \"IsNull\": true, \"Next\": \"X\", \"Output\": {}} | but found"
            + " 'Output'",
      })
  void shouldRejectAMalformedTopLevelRule(String json, String message) {
    // when / then
    assertThatThrownBy(() -> ChoiceRuleParser.parseBranch(Json.parse(json)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void shouldRejectAnOperandOfTheWrongForm() {
    // when / then
    assertThatThrownBy(
            () -> new ChoiceRule.Comparison("$.a", Operator.STRING_EQUALS, new Operand.Path("$.b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Expected a literal operand for StringEquals");
  }
}
