package io.baton.engine.definition.validate;

import static io.baton.engine.definition.validate.Validation.messages;
import static io.baton.engine.definition.validate.Validation.validateState;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParallelValidatorTest {

  @Test
  void shouldRequireNonEmptyBranches() {
    // when
    final List<Diagnostic> missing = validateState("{'Type':'Parallel','End':true}");
    final List<Diagnostic> empty = validateState("{'Type':'Parallel','Branches':[],'End':true}");

    // then
    assertThat(messages(missing))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: These fields are required: [Branches] at /States/S");
    assertThat(messages(empty))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: The field 'Branches' must contain at least one branch at"
                + " /States/S/Branches");
  }

  @Test
  void shouldValidateEachBranchAsAStateMachine() {
    // when
    final List<Diagnostic> diagnostics =
        validateState(
            "{'Type':'Parallel','Branches':[{'StartAt':'A','States':{'A':{'Type':'Pass'}},"
                + "'TimeoutSeconds':5},{'States':{'B':{'Type':'Succeed'}}},'x'],'End':true}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: Field 'TimeoutSeconds' is not supported at"
                + " /States/S/Branches[0]",
            "SCHEMA_VALIDATION_FAILED: Exactly one of these fields is required: [Next, End] at"
                + " /States/S/Branches[0]/States/A",
            "MISSING_END_STATE: Workflow has no terminal state at /States/S/Branches[0]",
            "SCHEMA_VALIDATION_FAILED: These fields are required: [StartAt] at"
                + " /States/S/Branches[1]",
            "SCHEMA_VALIDATION_FAILED: A nested state machine must be of type OBJECT at"
                + " /States/S/Branches[2]");
  }
}
