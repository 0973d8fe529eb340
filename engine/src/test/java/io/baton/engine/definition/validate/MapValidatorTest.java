package io.baton.engine.definition.validate;

import static io.baton.engine.definition.validate.Validation.messages;
import static io.baton.engine.definition.validate.Validation.validate;
import static io.baton.engine.definition.validate.Validation.validateJsonataState;
import static io.baton.engine.definition.validate.Validation.validateState;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MapValidatorTest {
  private static final String PROCESSOR =
      "'ItemProcessor':{'StartAt':'I','States':{'I':{'Type':'Succeed'}}}";

  @Test
  void shouldRequireExactlyOneProcessor() {
    // when
    final List<Diagnostic> diagnostics =
        validate(
            "{'StartAt':'A','States':{'A':{'Type':'Map','Next':'B'},'B':{'Type':'Map',"
                + PROCESSOR
                + ",'Iterator':{'StartAt':'J','States':{'J':{'Type':'Succeed'}}},"
                + "'End':true}}}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: Exactly one of these fields is required: [ItemProcessor,"
                + " Iterator] at /States/A",
            "SCHEMA_VALIDATION_FAILED: There should only be one of the following fields:"
                + " [ItemProcessor, Iterator] at /States/B");
  }

  @Test
  void shouldCheckTheProcessorAndItsConfig() {
    // when
    final List<Diagnostic> diagnostics =
        validateState(
            "{'Type':'Map','ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED','Extra':1},"
                + "'Bogus':1,'States':{'I':{'Type':'Succeed'}}},'End':true}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: Field 'Bogus' is not supported at /States/S/ItemProcessor",
            "SCHEMA_VALIDATION_FAILED: These fields are required: [StartAt] at"
                + " /States/S/ItemProcessor",
            "SCHEMA_VALIDATION_FAILED: Field 'Extra' is not supported at"
                + " /States/S/ItemProcessor/ProcessorConfig",
            "SCHEMA_VALIDATION_FAILED: These fields are required: [ExecutionType] at"
                + " /States/S/ItemProcessor/ProcessorConfig");
  }

  @Test
  void shouldCheckItemsConcurrencyAndToleratedFailures() {
    // when
    final List<Diagnostic> diagnostics =
        validateState(
            "{'Type':'Map',"
                + PROCESSOR
                + ",'ItemsPath':'$.a[*]','ItemSelector':{},"
                + "'Parameters':{},'MaxConcurrency':-1,'ToleratedFailurePercentage':101,"
                + "'ToleratedFailureCount':1,'ToleratedFailureCountPath':'$$.Execution.Input.n',"
                + "'End':true}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: There should only be one of the following fields:"
                + " [ItemSelector, Parameters] at /States/S",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'ItemsPath' is not a Reference"
                + " Path: '$.a[*]' at /States/S/ItemsPath",
            "SCHEMA_VALIDATION_FAILED: There should only be one of the following fields:"
                + " [ToleratedFailureCount, ToleratedFailureCountPath] at /States/S",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'MaxConcurrency' must be at least 0"
                + " at /States/S/MaxConcurrency",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'ToleratedFailurePercentage' must"
                + " be at most 100 at /States/S/ToleratedFailurePercentage",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'ToleratedFailureCountPath' cannot"
                + " refer to the context object: '$$.Execution.Input.n' at"
                + " /States/S/ToleratedFailureCountPath");
  }

  @Test
  void shouldCheckJsonataItems() {
    // when
    final List<Diagnostic> diagnostics =
        validateJsonataState(
            "{'Type':'Map',"
                + PROCESSOR
                + ",'Items':'$.items','ItemsPath':'$.x',"
                + "'MaxConcurrencyPath':'$.m','End':true}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: The QueryLanguage is set to 'JSONata', but field"
                + " 'ItemsPath' is only supported for the 'JSONPath' QueryLanguage at /States/S",
            "SCHEMA_VALIDATION_FAILED: The QueryLanguage is set to 'JSONata', but field"
                + " 'MaxConcurrencyPath' is only supported for the 'JSONPath' QueryLanguage at"
                + " /States/S",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'Items' must be an ARRAY, an OBJECT"
                + " or a JSONata expression at /States/S/Items");
  }

  @Test
  void shouldCheckItemReader() {
    // when
    final List<Diagnostic> diagnostics =
        validateState(
            "{'Type':'Map',"
                + PROCESSOR
                + ",'ItemReader':{'Parameters':{'Bucket.$':'b'},"
                + "'ReaderConfig':{'InputType':'XML','CSVHeaderLocation':'GIVEN','MaxItems':1,"
                + "'MaxItemsPath':'$.m'}},'End':true}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: These fields are required: [Resource] at"
                + " /States/S/ItemReader",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'Bucket.$' must be a valid JSONPath"
                + " or a valid intrinsic function call: 'b' at"
                + " /States/S/ItemReader/Parameters/Bucket.$",
            "SCHEMA_VALIDATION_FAILED: The field 'InputType' should have one of these values:"
                + " [CSV, JSON, JSONL, PARQUET, MANIFEST] at"
                + " /States/S/ItemReader/ReaderConfig/InputType",
            "SCHEMA_VALIDATION_FAILED: These fields are required: [CSVHeaders] at"
                + " /States/S/ItemReader/ReaderConfig",
            "SCHEMA_VALIDATION_FAILED: There should only be one of the following fields:"
                + " [MaxItems, MaxItemsPath] at /States/S/ItemReader/ReaderConfig");
  }

  @Test
  void shouldCheckResultWriterAndItemBatcher() {
    // when
    final List<Diagnostic> diagnostics =
        validateState(
            "{'Type':'Map',"
                + PROCESSOR
                + ",'ResultWriter':{'Resource':"
                + "'arn:aws:states:::s3:putObject','WriterConfig':{'OutputType':'CSV'}},"
                + "'ItemBatcher':{'MaxInputBytesPerBatch':300000,'Max':1},'End':true}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: The fields 'Resource' and 'Parameters' of 'ResultWriter'"
                + " must be used together at /States/S/ResultWriter",
            "SCHEMA_VALIDATION_FAILED: The field 'OutputType' should have one of these values:"
                + " [JSON, JSONL] at /States/S/ResultWriter/WriterConfig/OutputType",
            "SCHEMA_VALIDATION_FAILED: Field 'Max' is not supported at /States/S/ItemBatcher",
            "SCHEMA_VALIDATION_FAILED: The value for the field 'MaxInputBytesPerBatch' must be at"
                + " most 262144 at /States/S/ItemBatcher/MaxInputBytesPerBatch");
  }

  @Test
  void shouldCheckLabels() {
    // when
    final List<Diagnostic> diagnostics =
        validate(
            "{'StartAt':'A','States':{'A':{'Type':'Map',"
                + PROCESSOR.replace("'I'", "'A1'")
                + ",'Label':'run','Next':'B'},'B':{'Type':'Map',"
                + PROCESSOR.replace("'I'", "'B1'")
                + ",'Label':'run','Next':'C'},'C':{'Type':"
                + "'Map',"
                + PROCESSOR.replace("'I'", "'C1'")
                + ",'Label':'has space','End':true}}}");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "DUPLICATE_LABEL_NAME: Duplicate Label: \"run\" (already used at /States/A/Label) at"
                + " /States/B/Label",
            "INVALID_LABEL_NAME: Label \"has space\" must be 1 to 40 characters long without"
                + " whitespace or special characters at /States/C/Label");
  }
}
