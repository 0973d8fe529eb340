package io.baton.engine.definition.validate;

import static io.baton.engine.definition.validate.Validation.messages;
import static io.baton.engine.definition.validate.Validation.validate;
import static io.baton.engine.definition.validate.Validation.validateState;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StateFieldsTest {

  @ParameterizedTest
  @CsvSource({
    "Pass, TimeoutSeconds",
    "Wait, Retry",
    "Choice, Catch",
    "Succeed, ResultPath",
    "Fail, InputPath",
    "Fail, Assign",
    "Parallel, TimeoutSeconds",
    "Map, Result",
    "Task, Branches"
  })
  void shouldReportAFieldTheStateTypeDoesNotSupport(String type, String field) {
    // when
    final List<Diagnostic> diagnostics =
        validate("{'StartAt':'S','States':{'S':{'Type':'" + type + "','" + field + "':1}}}");

    // then
    assertThat(messages(diagnostics))
        .contains("SCHEMA_VALIDATION_FAILED: Field '" + field + "' is not supported at /States/S");
  }

  @Test
  void shouldRequireAType() {
    // when
    final List<Diagnostic> diagnostics = validateState("{'Comment':'c'}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: These fields are required: [Type] at /States/S");
  }

  @Test
  void shouldRequireExactlyOneOfNextAndEnd() {
    // when
    final List<Diagnostic> diagnostics =
        validate(
            "{'StartAt':'A','States':{'A':{'Type':'Pass','Next':'B','End':true},"
                + "'B':{'Type':'Pass','Next':'C'},'C':{'Type':'Pass'},"
                + "'D':{'Type':'Pass','End':false}}}");

    // then
    assertThat(messages(diagnostics))
        .contains(
            "SCHEMA_VALIDATION_FAILED: There should only be one of the following fields: [Next,"
                + " End] at /States/A",
            "SCHEMA_VALIDATION_FAILED: Exactly one of these fields is required: [Next, End] at"
                + " /States/C",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'End' must be true at"
                + " /States/D/End");
  }

  @Test
  void shouldReportNextAndEndOnTypesWithoutThem() {
    // when
    final List<Diagnostic> diagnostics =
        validate(
            "{'StartAt':'C','States':{'C':{'Type':'Choice','Choices':[{'Variable':'$.a',"
                + "'IsNull':true,'Next':'S'}],'End':true},'S':{'Type':'Succeed','Next':'C'}}}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: Field 'End' is not supported at /States/C",
            "SCHEMA_VALIDATION_FAILED: Field 'Next' is not supported at /States/S");
  }

  @Test
  void shouldReportStateNamesLongerThanEightyCharacters() {
    // given
    final String name = "N".repeat(81);

    // when
    final List<Diagnostic> diagnostics =
        validate("{'StartAt':'" + name + "','States':{'" + name + "':{'Type':'Succeed'}}}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "INVALID_STATE_NAME: State name \""
                + name
                + "\" must be 1 to 80 characters long at"
                + " /States/"
                + name);
  }

  @Test
  void shouldEscapeStateNamesInLocations() {
    // when
    final List<Diagnostic> diagnostics =
        validate("{'StartAt':'a/b~c','States':{'a/b~c':{'Type':'Pass','Next':'x'}}}");

    // then
    assertThat(diagnostics)
        .extracting(Diagnostic::location)
        .containsExactly("/States/a~1b~0c/Next", "");
  }

  @Test
  void shouldCheckInputOutputAndResultPaths() {
    // when
    final List<Diagnostic> diagnostics =
        validateState(
            "{'Type':'Pass','InputPath':'a.b','OutputPath':'$.a[?(@.b','ResultPath':'$.a[*]',"
                + "'End':true}");

    // then
    assertThat(messages(diagnostics))
        .containsExactlyInAnyOrder(
            "SCHEMA_VALIDATION_FAILED: The value for the field 'InputPath' must be a valid"
                + " JSONPath: 'a.b' at /States/S/InputPath",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'OutputPath' must be a valid"
                + " JSONPath: '$.a[?(@.b' at /States/S/OutputPath",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'ResultPath' is not a Reference"
                + " Path: '$.a[*]' at /States/S/ResultPath");
  }

  @Test
  void shouldAcceptIndefiniteInputAndOutputPaths() {
    // when
    final List<Diagnostic> diagnostics =
        validateState(
            "{'Type':'Pass','InputPath':'$.items[*].id','OutputPath':'$..name','End':true}");

    // then
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void shouldRejectAResultPathIntoTheContextOrAVariable() {
    // when
    final List<Diagnostic> diagnostics =
        validate(
            "{'StartAt':'A','States':{'A':{'Type':'Pass','ResultPath':'$$.Execution','Next':'B'},"
                + "'B':{'Type':'Pass','ResultPath':'$x.y','End':true}}}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: The value for the field 'ResultPath' cannot refer to the"
                + " context object: '$$.Execution' at /States/A/ResultPath",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'ResultPath' cannot refer to a"
                + " variable: '$x.y' at /States/B/ResultPath");
  }

  @Test
  void shouldRequireTemplatesToBeObjects() {
    // when
    final List<Diagnostic> diagnostics =
        validate(
            "{'StartAt':'T','States':{'T':{'Type':'Task','Resource':'arn:aws:lambda:r:1:function:f',"
                + "'Parameters':[1],'ResultSelector':'x','End':true}}}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: The value for the field 'Parameters' must be of type"
                + " OBJECT at /States/T/Parameters",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'ResultSelector' must be of type"
                + " OBJECT at /States/T/ResultSelector");
  }
}
