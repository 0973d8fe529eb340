package io.baton.engine.definition.validate;

import static io.baton.engine.definition.validate.Validation.messages;
import static io.baton.engine.definition.validate.Validation.validateJsonataState;
import static io.baton.engine.definition.validate.Validation.validateState;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WaitAndFailValidatorTest {

  @Test
  void shouldRequireOneWaitDuration() {
    // when
    final List<Diagnostic> diagnostics = validateState("{'Type':'Wait','End':true}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: Exactly one of these fields is required: [Seconds,"
                + " SecondsPath, Timestamp, TimestampPath] at /States/S");
  }

  @Test
  void shouldRejectTwoWaitDurations() {
    // when
    final List<Diagnostic> diagnostics =
        validateState("{'Type':'Wait','Seconds':1,'TimestampPath':'$.t','End':true}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: There should only be one of the following fields:"
                + " [Seconds, SecondsPath, Timestamp, TimestampPath] at /States/S");
  }

  @Test
  void shouldCheckWaitValues() {
    // when
    final List<Diagnostic> diagnostics =
        validateState(
            "{'Type':'Wait','Timestamp':'2020-01-01 00:00:00','Assign':{'1x':1},'End':true}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: Invalid variable name '1x': a variable name starts with a"
                + " letter or '_' and contains only letters, digits and '_' at"
                + " /States/S/Assign/1x",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'Timestamp' must be an RFC 3339"
                + " timestamp: '2020-01-01 00:00:00' at /States/S/Timestamp");
  }

  @Test
  void shouldRejectPathFormsOfWaitInJsonata() {
    // when
    final List<Diagnostic> diagnostics =
        validateJsonataState("{'Type':'Wait','SecondsPath':'$.s','End':true}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: The QueryLanguage is set to 'JSONata', but field"
                + " 'SecondsPath' is only supported for the 'JSONPath' QueryLanguage at /States/S",
            "SCHEMA_VALIDATION_FAILED: Exactly one of these fields is required: [Seconds,"
                + " Timestamp] at /States/S");
  }

  @Test
  void shouldKeepErrorAndCauseExclusiveWithTheirPaths() {
    // when
    final List<Diagnostic> diagnostics =
        validateState(
            "{'Type':'Fail','Error':'E','ErrorPath':'$.e','Cause':'C','CausePath':'$.c'}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: There should only be one of the following fields: [Error,"
                + " ErrorPath] at /States/S",
            "SCHEMA_VALIDATION_FAILED: There should only be one of the following fields: [Cause,"
                + " CausePath] at /States/S");
  }

  @Test
  void shouldCheckFailPaths() {
    // when
    final List<Diagnostic> diagnostics =
        validateState("{'Type':'Fail','ErrorPath':'$.e[*]','CausePath':'States.Nope($.c)'}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: The value for the field 'ErrorPath' is not a Reference"
                + " Path: '$.e[*]' at /States/S/ErrorPath",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'CausePath' must be a valid"
                + " intrinsic function call: unknown intrinsic function 'States.Nope' at"
                + " /States/S/CausePath");
  }

  @Test
  void shouldWarnWhenAFailErrorLooksLikeAPath() {
    // when
    final List<Diagnostic> diagnostics = validateState("{'Type':'Fail','Error':'$.error'}");

    // then
    assertThat(diagnostics)
        .extracting(Diagnostic::severity, Diagnostic::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Severity.WARNING, DiagnosticCodes.NO_PATH));
  }
}
