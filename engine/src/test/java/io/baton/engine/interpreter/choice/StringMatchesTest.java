package io.baton.engine.interpreter.choice;

import static io.baton.engine.interpreter.choice.ChoiceFixture.literalRule;
import static io.baton.engine.interpreter.choice.ChoiceFixture.matches;
import static io.baton.engine.interpreter.choice.ChoiceFixture.values;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import io.baton.engine.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Patterns here are the decoded string values, as the rule holds them after JSON parsing. */
class StringMatchesTest {

  @ParameterizedTest(name = "''{1}'' matches ''{0}'' is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "foo*.log      | foo23.log          | true",
        "foo*.log      | foo.log            | true",
        "foo*.log      | foo23.txt          | false",
        "*.log         | zebra.log          | true",
        "*.log         | .log               | true",
        "*.log         | zebra.log.gz       | false",
        "foo*.*        | foobar.zebra       | true",
        "foo*.*        | foobar             | false",
        "*             | ''                 | true",
        "*             | anything           | true",
        "**            | x                  | true",
        "''            | ''                 | true",
        "''            | x                  | false",
        "exact         | exact              | true",
        "exact         | exactly            | false",
        "exact         | Exact              | false",
        "a*b*c         | abc                | true",
        "a*b*c         | aXbYc              | true",
        "a*b*c         | acb                | false",
        "a*a*a         | aa                 | false",
        "a*a*a         | aaa                | true",
        "ab*ba         | aba                | false",
        "*x*y*         | __x__y__           | true",
        "*x*y*         | __y__x__           | false",
        "log-*-*-done  | log-2025-04-done   | true",
        "?.log         | a.log              | false",
        "?.log         | ?.log              | true",
        "[ab].log      | a.log              | false",
        "[ab].log      | [ab].log           | true",
        "a.c           | abc                | false",
        "a+            | aa                 | false",
        "^$            | ^$                 | true",
      })
  void shouldMatchWithAsteriskAsTheOnlyWildcard(String pattern, String text, boolean expected) {
    // when / then
    assertThat(matchesPattern(pattern, text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "''{1}'' matches ''{0}'' is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "file\\*name.txt | file*name.txt    | true",
        "file\\*name.txt | fileXname.txt    | false",
        "\\*             | *                | true",
        "\\*             | x                | false",
        "\\**            | *abc             | true",
        "\\**            | abc              | false",
        "a\\\\b          | a\\b             | true",
        "a\\\\*          | a\\anything      | true",
        "a\\\\*          | a*               | false",
        "a\\\\\\*        | a\\*             | true",
        "a\\b            | a\\b             | true",
        "a\\             | a\\              | true",
      })
  void shouldTreatEscapedAsteriskAndBackslashLiterally(
      String pattern, String text, boolean expected) {
    // when / then
    assertThat(matchesPattern(pattern, text)).isEqualTo(expected);
  }

  @Test
  void shouldReadTheEscapesAsWrittenInJsonText() {
    // given: in the definition's JSON text, "\\*" is the two characters \ and *
    final String rule = literalRule("StringMatches", "\"*\\\\*\"");

    // when
    final boolean literalAsterisk = matches(rule, values("\"ends with *\"", "null"));
    final boolean noAsterisk = matches(rule, values("\"ends with x\"", "null"));

    // then
    assertThat(literalAsterisk).isTrue();
    assertThat(noAsterisk).isFalse();
  }

  @Test
  void shouldMatchALongTextWithoutBacktrackingBlowUp() {
    // given
    final String pattern = "*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b";
    final String text = "a".repeat(20_000);

    // when
    final boolean matched = WildcardPattern.matches(pattern, text);

    // then
    assertThat(matched).isFalse();
  }

  private static boolean matchesPattern(String pattern, String text) {
    final String rule = literalRule("StringMatches", Json.write(TextNode.valueOf(pattern)));
    return matches(rule, values(Json.write(TextNode.valueOf(text)), "null"));
  }
}
