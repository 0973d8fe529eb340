package io.baton.engine.definition.validate;

import static io.baton.engine.definition.validate.Validation.messages;
import static io.baton.engine.definition.validate.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RetryCatchCheckTest {

  /** A Task with the given Retry and Catch, and a Fail state catchers can go to. */
  private static List<Diagnostic> validateTask(String retryAndCatch) {
    return validate(
        "{'StartAt':'T','States':{'T':{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke',"
            + retryAndCatch
            + ",'End':true},'F':{'Type':'Fail'}}}");
  }

  @Test
  void shouldCheckRetrierFieldsAndRanges() {
    // when
    final List<Diagnostic> diagnostics =
        validateTask(
            "'Retry':[{'ErrorEquals':['E'],'IntervalSeconds':0,'MaxAttempts':-1,"
                + "'BackoffRate':0.5,'MaxDelaySeconds':0,'JitterStrategy':'SOME','Extra':1}]");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: Field 'Extra' is not supported at /States/T/Retry[0]",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'IntervalSeconds' must be at least"
                + " 1 at /States/T/Retry[0]/IntervalSeconds",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'MaxAttempts' must be at least 0"
                + " at /States/T/Retry[0]/MaxAttempts",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'BackoffRate' must be at least 1"
                + " at /States/T/Retry[0]/BackoffRate",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'MaxDelaySeconds' must be at least"
                + " 1 at /States/T/Retry[0]/MaxDelaySeconds",
            "SCHEMA_VALIDATION_FAILED: The field 'JitterStrategy' should have one of these"
                + " values: [FULL, NONE] at /States/T/Retry[0]/JitterStrategy",
            "MISSING_TRANSITION_TARGET: State \"F\" is not reachable. at /States/F");
  }

  @Test
  void shouldRequireANonEmptyErrorEqualsOfStrings() {
    // when
    final List<Diagnostic> diagnostics =
        validateTask("'Retry':[{'MaxAttempts':1},{'ErrorEquals':[]},{'ErrorEquals':[1]}]");

    // then
    assertThat(messages(diagnostics))
        .startsWith(
            "SCHEMA_VALIDATION_FAILED: These fields are required: [ErrorEquals] at"
                + " /States/T/Retry[0]",
            "SCHEMA_VALIDATION_FAILED: The field 'ErrorEquals' must contain at least one error"
                + " name at /States/T/Retry[1]/ErrorEquals",
            "SCHEMA_VALIDATION_FAILED: Each error name in 'ErrorEquals' must be a STRING at"
                + " /States/T/Retry[2]/ErrorEquals[0]");
  }

  @Test
  void shouldRequireStatesAllToBeAloneAndLast() {
    // when
    final List<Diagnostic> diagnostics =
        validateTask(
            "'Retry':[{'ErrorEquals':['States.ALL','E']},{'ErrorEquals':['E']}],"
                + "'Catch':[{'ErrorEquals':['States.ALL'],'Next':'F'},{'ErrorEquals':['E'],"
                + "'Next':'F'}]");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: 'States.ALL' must appear alone in 'ErrorEquals' at"
                + " /States/T/Retry[0]/ErrorEquals",
            "SCHEMA_VALIDATION_FAILED: The element of 'Retry' that matches 'States.ALL' must be"
                + " the last one at /States/T/Retry[0]",
            "SCHEMA_VALIDATION_FAILED: The element of 'Catch' that matches 'States.ALL' must be"
                + " the last one at /States/T/Catch[0]");
  }

  @Test
  void shouldCheckCatcherFields() {
    // when
    final List<Diagnostic> diagnostics =
        validateTask(
            "'Catch':[{'ErrorEquals':['E'],'ResultPath':'$.a[0:1]','Output':{},'Assign':{"
                + "'states':1},'Next':'F'},{'ErrorEquals':['E']}]");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: The value for the field 'ResultPath' is not a Reference"
                + " Path: '$.a[0:1]' at /States/T/Catch[0]/ResultPath",
            "SCHEMA_VALIDATION_FAILED: The QueryLanguage is set to 'JSONPath', but field 'Output'"
                + " is only supported for the 'JSONata' QueryLanguage at /States/T/Catch[0]",
            "SCHEMA_VALIDATION_FAILED: Cannot assign to the reserved variable 'states' at"
                + " /States/T/Catch[0]/Assign/states",
            "SCHEMA_VALIDATION_FAILED: These fields are required: [Next] at /States/T/Catch[1]");
  }

  @Test
  void shouldAcceptRetryAndCatchOnParallelAndMap() {
    // when
    final List<Diagnostic> diagnostics =
        validate(
            "{'StartAt':'P','States':{'P':{'Type':'Parallel','Branches':[{'StartAt':'A','States':"
                + "{'A':{'Type':'Succeed'}}}],'Retry':[{'ErrorEquals':['States.ALL']}],'Catch':[{"
                + "'ErrorEquals':['States.ALL'],'Next':'M'}],'Next':'M'},'M':{'Type':'Map',"
                + "'ItemProcessor':{'StartAt':'B','States':{'B':{'Type':'Succeed'}}},'Retry':[{"
                + "'ErrorEquals':['States.ALL']}],'Catch':[{'ErrorEquals':['States.ALL'],'Next':"
                + "'F'}],'End':true},'F':{'Type':'Fail'}}}");

    // then
    assertThat(diagnostics).isEmpty();
  }
}
