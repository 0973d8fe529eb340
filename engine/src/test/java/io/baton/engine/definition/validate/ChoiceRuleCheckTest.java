package io.baton.engine.definition.validate;

import static io.baton.engine.definition.validate.Validation.messages;
import static io.baton.engine.definition.validate.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChoiceRuleCheckTest {

  /** A Choice state with the given rules, whose targets all exist. */
  private static List<Diagnostic> validateRules(String rules) {
    return validate(
        "{'StartAt':'C','States':{'C':{'Type':'Choice','Choices':"
            + rules
            + ",'Default':'D'},"
            + "'D':{'Type':'Succeed'}}}");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "StringEquals | 'a'",
        "StringLessThan | 'a'",
        "StringGreaterThan | 'a'",
        "StringLessThanEquals | 'a'",
        "StringGreaterThanEquals | 'a'",
        "StringMatches | 'a*'",
        "NumericEquals | 1",
        "NumericLessThan | 1.5",
        "NumericGreaterThan | -1",
        "NumericLessThanEquals | 0",
        "NumericGreaterThanEquals | 1e3",
        "BooleanEquals | true",
        "TimestampEquals | '2020-01-01T00:00:00Z'",
        "TimestampLessThan | '2020-01-01T00:00:00.123+01:00'",
        "TimestampGreaterThan | '2020-01-01T00:00:00Z'",
        "TimestampLessThanEquals | '2020-01-01T00:00:00Z'",
        "TimestampGreaterThanEquals | '2020-01-01T00:00:00Z'",
        "IsNull | true",
        "IsPresent | false",
        "IsNumeric | true",
        "IsString | true",
        "IsBoolean | true",
        "IsTimestamp | true",
        "StringEqualsPath | '$.b'",
        "StringLessThanPath | '$$.Execution.Id'",
        "StringGreaterThanPath | '$v'",
        "StringLessThanEqualsPath | '$.b'",
        "StringGreaterThanEqualsPath | '$.b'",
        "NumericEqualsPath | '$.b'",
        "NumericLessThanPath | '$.b'",
        "NumericGreaterThanPath | '$.b'",
        "NumericLessThanEqualsPath | '$.b'",
        "NumericGreaterThanEqualsPath | '$.b'",
        "BooleanEqualsPath | '$.b'",
        "TimestampEqualsPath | '$.b'",
        "TimestampLessThanPath | '$.b'",
        "TimestampGreaterThanPath | '$.b'",
        "TimestampLessThanEqualsPath | '$.b'",
        "TimestampGreaterThanEqualsPath | '$.b'"
      })
  void shouldAcceptEveryComparisonOperatorWithAValueOfItsType(String operator, String value) {
    // when
    final List<Diagnostic> diagnostics =
        validateRules("[{'Variable':'$.a','" + operator + "':" + value + ",'Next':'D'}]");

    // then
    assertThat(diagnostics).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "StringEquals | 1 | must be of type STRING",
        "NumericEquals | '1' | must be of type NUMBER",
        "BooleanEquals | 'true' | must be of type BOOLEAN",
        "IsNull | 1 | must be of type BOOLEAN",
        "TimestampEquals | '2020-01-01' | must be an RFC 3339 timestamp: '2020-01-01'",
        "StringEqualsPath | 'a' | is not a valid Path: 'a'",
        "NumericEqualsPath | '$.a[' | is not a valid Path: '$.a['"
      })
  void shouldReportAComparisonValueOfTheWrongType(String operator, String value, String problem) {
    // when
    final List<Diagnostic> diagnostics =
        validateRules("[{'Variable':'$.a','" + operator + "':" + value + ",'Next':'D'}]");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: The value for the field '"
                + operator
                + "' "
                + problem
                + " at /States/C/Choices[0]/"
                + operator);
  }

  @Test
  void shouldRequireAVariableForComparisons() {
    // when
    final List<Diagnostic> diagnostics =
        validateRules(
            "[{'IsPresent':true,'Next':'D'},{'Variable':'States.ArrayLength($.a)',"
                + "'NumericEquals':0,'Next':'D'}]");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: These fields are required: [Variable] at"
                + " /States/C/Choices[0]",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'Variable' is not a valid Path:"
                + " 'States.ArrayLength($.a)' at /States/C/Choices[1]/Variable");
  }

  @Test
  void shouldRequireExactlyOneOperator() {
    // when
    final List<Diagnostic> diagnostics =
        validateRules(
            "[{'Variable':'$.a','IsNull':true,'IsPresent':true,'Next':'D'},"
                + "{'Variable':'$.a','Next':'D'}]");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: There should only be one of the following fields:"
                + " [IsNull, IsPresent] at /States/C/Choices[0]",
            "SCHEMA_VALIDATION_FAILED: A Choice rule must have a comparison operator, or And, Or"
                + " or Not at /States/C/Choices[1]");
  }

  @Test
  void shouldRequireNextOnTopLevelRulesOnly() {
    // when
    final List<Diagnostic> diagnostics =
        validateRules(
            "[{'Variable':'$.a','IsNull':true},{'Not':{'Variable':'$.a','IsNull':true,"
                + "'Next':'D'},'Next':'D'}]");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: These fields are required: [Next] at /States/C/Choices[0]",
            "SCHEMA_VALIDATION_FAILED: Field 'Next' is not supported at"
                + " /States/C/Choices[1]/Not");
  }

  @Test
  void shouldCheckNestedAndOrNotRules() {
    // when
    final List<Diagnostic> diagnostics =
        validateRules(
            "[{'And':[],'Next':'D'},{'Or':[{'Variable':'$.a','StringEquals':1},{'And':[{"
                + "'Variable':'$.b','Bogus':true}]}],'Next':'D'},{'Variable':'$.a','Not':{"
                + "'Variable':'$.a','IsNull':true},'Next':'D'}]");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: The field 'And' must contain at least one rule at"
                + " /States/C/Choices[0]/And",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'StringEquals' must be of type"
                + " STRING at /States/C/Choices[1]/Or[0]/StringEquals",
            "SCHEMA_VALIDATION_FAILED: Field 'Bogus' is not supported at"
                + " /States/C/Choices[1]/Or[1]/And[0]",
            "SCHEMA_VALIDATION_FAILED: A Choice rule must have a comparison operator, or And, Or"
                + " or Not at /States/C/Choices[1]/Or[1]/And[0]",
            "SCHEMA_VALIDATION_FAILED: The field 'Variable' cannot be used with 'Not' at"
                + " /States/C/Choices[2]/Variable");
  }

  @Test
  void shouldRequireNonEmptyChoices() {
    // when
    final List<Diagnostic> diagnostics =
        validate("{'StartAt':'C','States':{'C':{'Type':'Choice','Choices':[],'Default':'C'}}}");

    // then
    assertThat(messages(diagnostics))
        .contains(
            "SCHEMA_VALIDATION_FAILED: The field 'Choices' must contain at least one rule at"
                + " /States/C/Choices");
  }

  @Test
  void shouldReportVeryDeeplyNestedRules() {
    // given
    String rule = "{'Variable':'$.a','IsNull':true}";
    for (int i = 0; i < 60; i++) {
      rule = "{'Not':" + rule + "}";
    }

    // when
    final List<Diagnostic> diagnostics =
        validateRules("[" + rule.replaceFirst("}$", ",'Next':'D'}") + "]");

    // then
    assertThat(diagnostics)
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCodes.TOO_DEEPLY_NESTED);
  }
}
