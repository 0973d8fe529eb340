package io.baton.engine.definition.validate;

import static io.baton.engine.definition.validate.Validation.messages;
import static io.baton.engine.definition.validate.Validation.validateJsonataState;
import static io.baton.engine.definition.validate.Validation.validateState;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssignCheckTest {

  @ParameterizedTest
  @ValueSource(strings = {"x", "_x", "camelCase", "snake_case_2", "Ünïcode"})
  void shouldAcceptValidVariableNames(String name) {
    // when
    final List<Diagnostic> diagnostics =
        validateState("{'Type':'Pass','Assign':{'" + name + "':1},'End':true}");

    // then
    assertThat(diagnostics).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1x", "a-b", "a.b", "", "a b", "$x"})
  void shouldRejectInvalidVariableNames(String name) {
    // when
    final List<Diagnostic> diagnostics =
        validateState("{'Type':'Pass','Assign':{'" + name + "':1},'End':true}");

    // then
    assertThat(messages(diagnostics))
        .singleElement()
        .asString()
        .startsWith("SCHEMA_VALIDATION_FAILED: Invalid variable name '" + name + "'");
  }

  @Test
  void shouldRejectTheReservedNameStates() {
    // when
    final List<Diagnostic> diagnostics =
        validateState("{'Type':'Pass','Assign':{'states.$':'$.x'},'End':true}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: Cannot assign to the reserved variable 'states' at"
                + " /States/S/Assign/states.$");
  }

  @Test
  void shouldRejectOverlongVariableNames() {
    // given
    final String name = "v".repeat(81);

    // when
    final List<Diagnostic> diagnostics =
        validateState("{'Type':'Pass','Assign':{'" + name + "':1},'End':true}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: Invalid variable name '"
                + name
                + "': longer than 80"
                + " characters at /States/S/Assign/"
                + name);
  }

  @Test
  void shouldCheckDynamicValuesOnlyInJsonPath() {
    // when
    final List<Diagnostic> jsonPath =
        validateState("{'Type':'Pass','Assign':{'a.$':'nope','b':{'c.$':'$.c'}},'End':true}");
    final List<Diagnostic> jsonata =
        validateJsonataState("{'Type':'Pass','Assign':{'a.$':'{% 1 %}'},'End':true}");

    // then
    assertThat(messages(jsonPath))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: The value for the field 'a.$' must be a valid JSONPath or a"
                + " valid intrinsic function call: 'nope' at /States/S/Assign/a.$");
    assertThat(messages(jsonata))
        .singleElement()
        .asString()
        .startsWith("SCHEMA_VALIDATION_FAILED: Invalid variable name 'a.$'");
  }

  @Test
  void shouldRequireAssignToBeAnObject() {
    // when
    final List<Diagnostic> diagnostics = validateState("{'Type':'Pass','Assign':[1],'End':true}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: The value for the field 'Assign' must be of type OBJECT at"
                + " /States/S/Assign");
  }
}
