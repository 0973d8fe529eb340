package io.baton.engine.definition.validate;

import static io.baton.engine.definition.validate.Validation.messages;
import static io.baton.engine.definition.validate.Validation.validateJsonataState;
import static io.baton.engine.definition.validate.Validation.validateState;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaskValidatorTest {

  @Test
  void shouldRequireAResource() {
    // when
    final List<Diagnostic> diagnostics = validateState("{'Type':'Task','End':true}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: These fields are required: [Resource] at /States/S");
  }

  @ParameterizedTest
  @ValueSource(strings = {"'lambda:invoke'", "'arn:aws'", "42", "'{% $arn %}'"})
  void shouldRejectAResourceThatIsNotAConstantArn(String resource) {
    // when
    final List<Diagnostic> diagnostics =
        validateJsonataState("{'Type':'Task','Resource':" + resource + ",'End':true}");

    // then
    assertThat(diagnostics)
        .extracting(Diagnostic::code, Diagnostic::location)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                DiagnosticCodes.INVALID_RESOURCE, "/States/S/Resource"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "arn:aws:states:::lambda:invoke",
        "arn:aws:states:::aws-sdk:s3:listBuckets",
        "arn:aws:lambda:us-east-1:123456789012:function:f",
        "arn:aws-us-gov:states:us-gov-west-1:123456789012:activity:a",
        "arn:aws:states:::states:startExecution.sync:2"
      })
  void shouldAcceptArnResources(String resource) {
    // when
    final List<Diagnostic> diagnostics =
        validateState("{'Type':'Task','Resource':'" + resource + "','End':true}");

    // then
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void shouldCheckTimeoutsAndHeartbeats() {
    // when
    final List<Diagnostic> diagnostics =
        validateState(
            "{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','TimeoutSeconds':10,"
                + "'HeartbeatSeconds':10,'TimeoutSecondsPath':'$.t','HeartbeatSecondsPath':"
                + "'$.h[*]','End':true}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: There should only be one of the following fields:"
                + " [TimeoutSeconds, TimeoutSecondsPath] at /States/S",
            "SCHEMA_VALIDATION_FAILED: There should only be one of the following fields:"
                + " [HeartbeatSeconds, HeartbeatSecondsPath] at /States/S",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'HeartbeatSeconds' must be smaller"
                + " than the value for the field 'TimeoutSeconds' at /States/S/HeartbeatSeconds",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'HeartbeatSecondsPath' is not a"
                + " Reference Path: '$.h[*]' at /States/S/HeartbeatSecondsPath");
  }

  @Test
  void shouldRequirePositiveIntegerTimeouts() {
    // when
    final List<Diagnostic> diagnostics =
        validateState(
            "{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','TimeoutSeconds':0,"
                + "'HeartbeatSeconds':1.5,'End':true}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: The value for the field 'TimeoutSeconds' must be at least"
                + " 1 at /States/S/TimeoutSeconds",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'HeartbeatSeconds' must be of type"
                + " INTEGER at /States/S/HeartbeatSeconds");
  }

  @Test
  void shouldCheckCredentials() {
    // when
    final List<Diagnostic> diagnostics =
        validateState(
            "{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','Credentials':{"
                + "'RoleArn':'r','RoleArn.$':'x','Other':1},'End':true}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: Field 'Other' is not supported at /States/S/Credentials",
            "SCHEMA_VALIDATION_FAILED: There should only be one of the following fields:"
                + " [RoleArn, RoleArn.$] at /States/S/Credentials",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'RoleArn.$' must be a valid"
                + " JSONPath or a valid intrinsic function call: 'x' at"
                + " /States/S/Credentials/RoleArn.$");
  }

  @Test
  void shouldRequireArgumentsToBeAnObjectOrExpression() {
    // when
    final List<Diagnostic> diagnostics =
        validateJsonataState(
            "{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','Arguments':'x',"
                + "'End':true}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: The value for the field 'Arguments' must be an OBJECT or a"
                + " JSONata expression at /States/S/Arguments");
  }
}
