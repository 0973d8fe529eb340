package io.baton.engine.definition.validate;

import static io.baton.engine.definition.validate.Validation.json;
import static io.baton.engine.definition.validate.Validation.messages;
import static io.baton.engine.definition.validate.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DefinitionValidatorTest {

  @Test
  void shouldReportTextThatIsNotJson() {
    // given
    final String text = "{\"StartAt\": \"A\", \"States\": {";

    // when
    final List<Diagnostic> diagnostics = DefinitionValidator.validate(text);

    // then
    assertThat(diagnostics).hasSize(1);
    assertThat(diagnostics.get(0).code()).isEqualTo(DiagnosticCodes.INVALID_JSON_DESCRIPTION);
    assertThat(diagnostics.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(diagnostics.get(0).message()).contains("line 1");
    assertThat(diagnostics.get(0).location()).isEmpty();
  }

  @Test
  void shouldReportTrailingGarbageAsInvalidJson() {
    // when
    final List<Diagnostic> diagnostics =
        validate("{'StartAt':'A','States':{'A':{'Type':'Succeed'}}} x");

    // then
    assertThat(diagnostics)
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCodes.INVALID_JSON_DESCRIPTION);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "null"})
  void shouldReportAMissingDefinition(String text) {
    // when
    final List<Diagnostic> diagnostics = DefinitionValidator.validate(text);

    // then
    assertThat(diagnostics)
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCodes.MISSING_DESCRIPTION);
  }

  @Test
  void shouldReportAMissingDefinitionWhenTheTextIsNull() {
    // when
    final List<Diagnostic> diagnostics = DefinitionValidator.validate((String) null);

    // then
    assertThat(diagnostics)
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCodes.MISSING_DESCRIPTION);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"text\"", "42"})
  void shouldReportADefinitionThatIsNotAnObject(String text) {
    // when
    final List<Diagnostic> diagnostics = DefinitionValidator.validate(text);

    // then
    assertThat(messages(diagnostics))
        .containsExactly("SCHEMA_VALIDATION_FAILED: The definition must be a JSON object");
  }

  @Test
  void shouldRequireStartAtAndStates() {
    // when
    final List<Diagnostic> diagnostics = validate("{'Comment':'nothing'}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly("SCHEMA_VALIDATION_FAILED: These fields are required: [StartAt, States]");
  }

  @Test
  void shouldReportEmptyStates() {
    // when
    final List<Diagnostic> diagnostics = validate("{'StartAt':'A','States':{}}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: The field 'States' must contain at least one state at"
                + " /States",
            "MISSING_TRANSITION_TARGET: Missing 'StartAt' target: A at /StartAt");
  }

  @Test
  void shouldCheckTheTopLevelFields() {
    // when
    final List<Diagnostic> diagnostics =
        validate(
            "{'Comment':1,'Version':'2.0','TimeoutSeconds':0,'QueryLanguage':'SQL','Extra':true,"
                + "'StartAt':'A','States':{'A':{'Type':'Succeed'}}}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: Field 'Extra' is not supported",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'Comment' must be of type STRING"
                + " at /Comment",
            "SCHEMA_VALIDATION_FAILED: The field 'Version' should have one of these values:"
                + " [1.0] at /Version",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'TimeoutSeconds' must be at least"
                + " 1 at /TimeoutSeconds",
            "SCHEMA_VALIDATION_FAILED: The field 'QueryLanguage' should have one of these values:"
                + " [JSONPath, JSONata] at /QueryLanguage");
  }

  @Test
  void shouldReportEveryProblemOfADefinitionWithSeveralProblems() {
    // given a definition with five independent problems
    final String definition =
        "{'StartAt':'A','States':{"
            + "'A':{'Type':'Pass','Next':'Nowhere','Bogus':1},"
            + "'B':{'Type':'Wait','Seconds':-1,'End':true},"
            + "'C':{'Type':'Task','Resource':'lambda','End':true},"
            + "'D':{'Type':'Succeed'}}}";

    // when
    final List<Diagnostic> diagnostics = validate(definition);

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: Field 'Bogus' is not supported at /States/A",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'Seconds' must be at least 0 at"
                + " /States/B/Seconds",
            "INVALID_RESOURCE: The value for the field 'Resource' must be a constant ARN, but was"
                + " \"lambda\" at /States/C/Resource",
            "MISSING_TRANSITION_TARGET: Missing 'Next' target: Nowhere at /States/A/Next",
            "MISSING_TRANSITION_TARGET: State \"B\" is not reachable. at /States/B",
            "MISSING_TRANSITION_TARGET: State \"C\" is not reachable. at /States/C",
            "MISSING_TRANSITION_TARGET: State \"D\" is not reachable. at /States/D");
  }

  @Test
  void shouldReportAStateNameUsedTwiceInTheSameStatesObject() {
    // given text with a duplicate key, which a parsed tree would hide
    final String text =
        json("{'StartAt':'A','States':{'A':{'Type':'Succeed'},'A':{'Type':'Succeed'}}}");

    // when
    final List<Diagnostic> diagnostics = DefinitionValidator.validate(text);

    // then
    assertThat(messages(diagnostics))
        .containsExactly("DUPLICATE_STATE_NAME: Duplicate State name: \"A\" at /States/A");
  }

  @Test
  void shouldReportAStateNameUsedInTwoScopes() {
    // when
    final List<Diagnostic> diagnostics =
        validate(
            "{'StartAt':'A','States':{'A':{'Type':'Parallel','Branches':[{'StartAt':'A',"
                + "'States':{'A':{'Type':'Succeed'}}}],'End':true}}}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "DUPLICATE_STATE_NAME: Duplicate State name: \"A\" (already defined at /States/A) at"
                + " /States/A/Branches[0]/States/A");
  }

  @Test
  void shouldValidateAParsedTreeToo() {
    // given
    final JsonNode definition = Json.parse(json("{'StartAt':'A','States':{'A':{'Type':'Nope'}}}"));

    // when
    final List<Diagnostic> diagnostics = DefinitionValidator.validate(definition);

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: The field \"Type\" should have one of these values: [Task,"
                + " Pass, Choice, Wait, Succeed, Fail, Parallel, Map] at /States/A/Type");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{'StartAt':1,'States':[]}",
        "{'StartAt':'A','States':{'A':[]}}",
        "{'StartAt':'A','States':{'A':{'Type':'Pass','Next':5,'End':'yes'}}}",
        "{'StartAt':'A','States':{'A':{'Type':7}}}",
        "{'StartAt':'A','States':{'A':{'Type':'Choice','Choices':{'x':1},'Default':[]}}}",
        "{'StartAt':'A','States':{'A':{'Type':'Choice','Choices':[1,[],{'And':5,'Next':1},"
            + "{'Not':[],'Next':'A'},{'Or':[{'Not':{}}],'Next':'A'}]}}}",
        "{'StartAt':'A','States':{'A':{'Type':'Task','Resource':{},'Retry':{},'Catch':[1,{"
            + "'ErrorEquals':'x','Next':{}}],'Credentials':5,'End':true}}}",
        "{'StartAt':'A','States':{'A':{'Type':'Parallel','Branches':[1,{'States':5}],'End':1}}}",
        "{'StartAt':'A','States':{'A':{'Type':'Map','ItemProcessor':[],'Iterator':'x',"
            + "'ItemReader':1,'ResultWriter':[],'ItemBatcher':'b','Label':{},'End':true}}}",
        "{'StartAt':'A','States':{'A':{'Type':'Map','ItemProcessor':{'ProcessorConfig':1,"
            + "'StartAt':[],'States':{'B':null}},'ItemReader':{'ReaderConfig':[]},'ResultWriter':"
            + "{'WriterConfig':2},'End':true}}}",
        "{'StartAt':'A','States':{'A':{'Type':'Pass','Parameters':{'a.$':5,'b.$':'States.'},"
            + "'Assign':[],'InputPath':7,'End':true}}}",
        "{'StartAt':'A','States':{'A':{'Type':'Fail','ErrorPath':['x'],'CausePath':"
            + "'States.Format('}}}"
      })
  void shouldNeverThrowOnMalformedShapes(String definition) {
    // when / then
    assertThatCode(() -> assertThat(Validation.errors(validate(definition))).isNotEmpty())
        .doesNotThrowAnyException();
  }

  @Test
  void shouldStopDescendingIntoVeryDeeplyNestedBranches() {
    // given Parallel states nested far past the limit
    String machine = "{'StartAt':'L','States':{'L':{'Type':'Succeed'}}}";
    for (int i = 0; i < 150; i++) {
      machine =
          "{'StartAt':'P"
              + i
              + "','States':{'P"
              + i
              + "':{'Type':'Parallel','Branches':["
              + machine
              + "],'End':true}}}";
    }

    // when
    final List<Diagnostic> diagnostics = validate(machine);

    // then
    assertThat(diagnostics)
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCodes.TOO_DEEPLY_NESTED);
  }
}
