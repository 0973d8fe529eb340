package io.baton.engine.definition.validate;

import static io.baton.engine.definition.validate.Validation.messages;
import static io.baton.engine.definition.validate.Validation.validate;
import static io.baton.engine.definition.validate.Validation.validateJsonataState;
import static io.baton.engine.definition.validate.Validation.validateState;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryLanguageTest {

  @ParameterizedTest
  @ValueSource(strings = {"InputPath", "Parameters", "ResultSelector", "ResultPath", "OutputPath"})
  void shouldRejectJsonPathFieldsInJsonataStates(String field) {
    // when
    final List<Diagnostic> diagnostics =
        validateJsonataState(
            "{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','"
                + field
                + "':{},"
                + "'End':true}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: The QueryLanguage is set to 'JSONata', but field '"
                + field
                + "' is only supported for the 'JSONPath' QueryLanguage at /States/S");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Arguments", "Output"})
  void shouldRejectJsonataFieldsInJsonPathStates(String field) {
    // when
    final List<Diagnostic> diagnostics =
        validateState(
            "{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','"
                + field
                + "':{},"
                + "'End':true}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: The QueryLanguage is set to 'JSONPath', but field '"
                + field
                + "' is only supported for the 'JSONata' QueryLanguage at /States/S");
  }

  @Test
  void shouldLetAStateSwitchToJsonataInAJsonPathMachine() {
    // when
    final List<Diagnostic> diagnostics =
        validateState("{'Type':'Pass','QueryLanguage':'JSONata','Output':'{% 1 %}','End':true}");

    // then
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void shouldNotLetAStateDowngradeToJsonPathInAJsonataMachine() {
    // when
    final List<Diagnostic> diagnostics =
        validateJsonataState("{'Type':'Pass','QueryLanguage':'JSONPath','End':true}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: 'QueryLanguage' can not be 'JSONPath' if set to 'JSONata'"
                + " for whole state machine at /States/S");
  }

  @Test
  void shouldCheckTheStateQueryLanguageValue() {
    // when
    final List<Diagnostic> diagnostics =
        validateState("{'Type':'Pass','QueryLanguage':'jsonata','End':true}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: The field 'QueryLanguage' should have one of these values:"
                + " [JSONPath, JSONata] at /States/S/QueryLanguage");
  }

  @Test
  void shouldGiveNestedStatesTheLanguageOfTheWholeMachine() {
    // given a JSONata Map in a JSONPath machine, whose inner state uses a JSONata field
    final String definition =
        "{'StartAt':'M','States':{'M':{'Type':'Map','QueryLanguage':'JSONata','ItemProcessor':{"
            + "'StartAt':'I','States':{'I':{'Type':'Pass','Output':1,'End':true}}},'End':true}}}";

    // when
    final List<Diagnostic> diagnostics = validate(definition);

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: The QueryLanguage is set to 'JSONPath', but field 'Output'"
                + " is only supported for the 'JSONata' QueryLanguage at"
                + " /States/M/ItemProcessor/States/I");
  }

  @Test
  void shouldNotLetAProcessorSetItsQueryLanguage() {
    // when
    final List<Diagnostic> diagnostics =
        validateState(
            "{'Type':'Map','ItemProcessor':{'QueryLanguage':'JSONata','StartAt':'I','States':{"
                + "'I':{'Type':'Succeed'}}},'End':true}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: Field 'QueryLanguage' is not supported at"
                + " /States/S/ItemProcessor");
  }

  @Test
  void shouldAcceptExpressionsOnlyInJsonataStates() {
    // when
    final List<Diagnostic> diagnostics =
        validate(
            "{'StartAt':'A','States':{'A':{'Type':'Wait','Seconds':'{% 1 %}','Next':'B'},"
                + "'B':{'Type':'Wait','QueryLanguage':'JSONata','Seconds':'{% 1 %}','End':true}}}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: The value for the field 'Seconds' must be of type INTEGER"
                + " at /States/A/Seconds");
  }

  @Test
  void shouldUseConditionInJsonataChoiceRules() {
    // when
    final List<Diagnostic> diagnostics =
        validate(
            "{'QueryLanguage':'JSONata','StartAt':'C','States':{'C':{'Type':'Choice','Choices':["
                + "{'Variable':'$.a','IsNull':true,'Next':'D'},{'Condition':'yes','Next':'D'},"
                + "{'Next':'D'}]},'D':{'Type':'Succeed'}}}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: The QueryLanguage is set to 'JSONata', but field"
                + " 'Variable' is only supported for the 'JSONPath' QueryLanguage at"
                + " /States/C/Choices[0]",
            "SCHEMA_VALIDATION_FAILED: The QueryLanguage is set to 'JSONata', but field 'IsNull'"
                + " is only supported for the 'JSONPath' QueryLanguage at /States/C/Choices[0]",
            "SCHEMA_VALIDATION_FAILED: These fields are required: [Condition] at"
                + " /States/C/Choices[0]",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'Condition' must be a BOOLEAN or a"
                + " JSONata expression at /States/C/Choices[1]/Condition",
            "SCHEMA_VALIDATION_FAILED: These fields are required: [Condition] at"
                + " /States/C/Choices[2]");
  }
}
