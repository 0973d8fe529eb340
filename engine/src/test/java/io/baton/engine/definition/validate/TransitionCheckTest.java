package io.baton.engine.definition.validate;

import static io.baton.engine.definition.validate.Validation.messages;
import static io.baton.engine.definition.validate.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TransitionCheckTest {

  @Test
  void shouldReportMissingTargetsOfEveryKindOfTransition() {
    // given dangling Next, Choice rule Next, Default and Catch Next
    final String definition =
        "{'StartAt':'A','States':{"
            + "'A':{'Type':'Pass','Next':'N1'},"
            + "'C':{'Type':'Choice','Choices':[{'Variable':'$.x','IsNull':true,'Next':'N2'}],"
            + "'Default':'N3'},"
            + "'T':{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','Catch':[{"
            + "'ErrorEquals':['States.ALL'],'Next':'N4'}],'End':true}}}";

    // when
    final List<Diagnostic> diagnostics = validate(definition);

    // then
    assertThat(messages(diagnostics))
        .startsWith(
            "MISSING_TRANSITION_TARGET: Missing 'Next' target: N1 at /States/A/Next",
            "MISSING_TRANSITION_TARGET: Missing 'Next' target: N2 at /States/C/Choices[0]/Next",
            "MISSING_TRANSITION_TARGET: Missing 'Next' target: N3 at /States/C/Default",
            "MISSING_TRANSITION_TARGET: Missing 'Next' target: N4 at /States/T/Catch[0]/Next");
  }

  @Test
  void shouldReportAStartAtThatNamesNoState() {
    // when
    final List<Diagnostic> diagnostics =
        validate("{'StartAt':'Missing','States':{'A':{'Type':'Succeed'}}}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "MISSING_TRANSITION_TARGET: Missing 'StartAt' target: Missing at /StartAt");
  }

  @Test
  void shouldReportUnreachableStates() {
    // when
    final List<Diagnostic> diagnostics =
        validate(
            "{'StartAt':'A','States':{'A':{'Type':'Succeed'},'B':{'Type':'Pass','Next':'C'},"
                + "'C':{'Type':'Succeed'}}}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "MISSING_TRANSITION_TARGET: State \"B\" is not reachable. at /States/B",
            "MISSING_TRANSITION_TARGET: State \"C\" is not reachable. at /States/C");
  }

  @Test
  void shouldReachStatesThroughChoiceRulesDefaultAndCatchers() {
    // when
    final List<Diagnostic> diagnostics =
        validate(
            "{'StartAt':'C','States':{'C':{'Type':'Choice','Choices':[{'Variable':'$.x',"
                + "'IsNull':true,'Next':'T'}],'Default':'D'},'D':{'Type':'Succeed'},"
                + "'T':{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','Catch':[{"
                + "'ErrorEquals':['States.ALL'],'Next':'F'}],'End':true},'F':{'Type':'Fail'}}}");

    // then
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void shouldReportAMachineWithoutTerminalStateInsteadOfUnreachableStates() {
    // given a loop, plus a state nothing routes to
    final String definition =
        "{'StartAt':'A','States':{'A':{'Type':'Pass','Next':'B'},'B':{'Type':'Pass','Next':'A'},"
            + "'X':{'Type':'Pass','Next':'A'}}}";

    // when
    final List<Diagnostic> diagnostics = validate(definition);

    // then
    assertThat(messages(diagnostics))
        .containsExactly("MISSING_END_STATE: Workflow has no terminal state");
  }

  @Test
  void shouldReportAnUnreachableTerminalStateRatherThanAMissingOne() {
    // when
    final List<Diagnostic> diagnostics =
        validate(
            "{'StartAt':'A','States':{'A':{'Type':'Pass','Next':'B'},'B':{'Type':'Pass','Next':'A'},"
                + "'C':{'Type':'Succeed'}}}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly("MISSING_TRANSITION_TARGET: State \"C\" is not reachable. at /States/C");
  }

  @Test
  void shouldKeepTransitionsInsideTheirScope() {
    // given a branch state that targets a top-level state, and a top-level state that targets
    // a branch state
    final String definition =
        "{'StartAt':'P','States':{'P':{'Type':'Parallel','Branches':[{'StartAt':'B','States':{"
            + "'B':{'Type':'Pass','Next':'Done'}}}],'Next':'B'},'Done':{'Type':'Succeed'}}}";

    // when
    final List<Diagnostic> diagnostics = validate(definition);

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "MISSING_TRANSITION_TARGET: Missing 'Next' target: Done at"
                + " /States/P/Branches[0]/States/B/Next",
            "MISSING_END_STATE: Workflow has no terminal state at /States/P/Branches[0]",
            "MISSING_TRANSITION_TARGET: Missing 'Next' target: B at /States/P/Next",
            "MISSING_TRANSITION_TARGET: State \"Done\" is not reachable. at /States/Done");
  }

  @Test
  void shouldCheckTheScopeOfAMapProcessor() {
    // when
    final List<Diagnostic> diagnostics =
        validate(
            "{'StartAt':'M','States':{'M':{'Type':'Map','ItemProcessor':{'StartAt':'I','States':{"
                + "'I':{'Type':'Succeed'},'J':{'Type':'Succeed'}}},'End':true}}}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "MISSING_TRANSITION_TARGET: State \"J\" is not reachable. at"
                + " /States/M/ItemProcessor/States/J");
  }
}
