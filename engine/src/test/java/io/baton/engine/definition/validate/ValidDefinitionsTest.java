package io.baton.engine.definition.validate;

import static io.baton.engine.definition.validate.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidDefinitionsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        // Pass
        "{'Comment':'c','Version':'1.0','TimeoutSeconds':60,'StartAt':'P','States':{'P':{'Type':"
            + "'Pass','Comment':'x','InputPath':'$.a','Parameters':{'x.$':'$.b','y':[1,{'z.$':"
            + "'$$.Execution.Id'}]},'ResultPath':'$.r','OutputPath':null,'Assign':{'v.$':'$.c',"
            + "'w':1},'End':true}}}",
        "{'StartAt':'P','States':{'P':{'Type':'Pass','Result':{'a':1},'ResultPath':null,"
            + "'Next':'Q'},'Q':{'Type':'Succeed','InputPath':'$','OutputPath':'$.a'}}}",
        // Task
        "{'StartAt':'T','States':{'T':{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke',"
            + "'Parameters':{'FunctionName':'f','Payload.$':'$'},'ResultSelector':{'p.$':"
            + "'$.Payload'},'TimeoutSeconds':30,'HeartbeatSeconds':10,'Credentials':{'RoleArn':"
            + "'arn:aws:iam::1:role/r'},'Retry':[{'ErrorEquals':['States.Timeout'],"
            + "'IntervalSeconds':1,'MaxAttempts':0,'BackoffRate':1.5,'MaxDelaySeconds':5,"
            + "'JitterStrategy':'FULL'},{'ErrorEquals':['States.ALL']}],'Catch':[{'ErrorEquals':"
            + "['States.ALL'],'ResultPath':'$.err','Next':'F'}],'End':true},'F':{'Type':'Fail',"
            + "'Error':'E','Cause':'C'}}}",
        "{'StartAt':'T','States':{'T':{'Type':'Task','Resource':"
            + "'arn:aws:states:us-east-1:123456789012:activity:a','TimeoutSecondsPath':'$.t',"
            + "'HeartbeatSecondsPath':'$.h','End':true}}}",
        // Choice
        "{'StartAt':'C','States':{'C':{'Type':'Choice','Choices':[{'Variable':'$.a',"
            + "'NumericGreaterThanEquals':1,'Next':'A'},{'And':[{'Variable':'$.b','IsPresent':"
            + "true},{'Not':{'Variable':'$.b','StringMatches':'x*'}}],'Next':'A'},{'Or':[{"
            + "'Variable':'$.c','TimestampLessThan':'2020-01-01T00:00:00Z'},{'Variable':'$.c',"
            + "'StringEqualsPath':'$.d'}],'Next':'B'}],'Default':'B'},'A':{'Type':'Succeed'},"
            + "'B':{'Type':'Succeed'}}}",
        // Wait
        "{'StartAt':'W','States':{'W':{'Type':'Wait','Seconds':0,'Next':'X'},'X':{'Type':'Wait',"
            + "'Timestamp':'2016-03-14T01:59:00Z','Next':'Y'},'Y':{'Type':'Wait','SecondsPath':"
            + "'$.s','Next':'Z'},'Z':{'Type':'Wait','TimestampPath':'$ts','End':true}}}",
        // Fail
        "{'StartAt':'F','States':{'F':{'Type':'Fail','ErrorPath':'$.e','CausePath':"
            + "'States.Format(\\u0027{} failed\\u0027, $.name)'}}}",
        // Parallel
        "{'StartAt':'P','States':{'P':{'Type':'Parallel','Branches':[{'StartAt':'A','States':"
            + "{'A':{'Type':'Pass','End':true}}},{'Comment':'b','StartAt':'B','States':{'B':"
            + "{'Type':'Succeed'}}}],'ResultPath':'$.p','Retry':[{'ErrorEquals':['E']}],'End':true}}}",
        // Map, inline and distributed
        "{'StartAt':'M','States':{'M':{'Type':'Map','ItemsPath':'$.items','ItemSelector':{"
            + "'i.$':'$$.Map.Item.Value'},'MaxConcurrency':2,'ItemProcessor':{'ProcessorConfig':"
            + "{'Mode':'INLINE'},'StartAt':'I','States':{'I':{'Type':'Pass','End':true}}},"
            + "'End':true}}}",
        "{'StartAt':'M','States':{'M':{'Type':'Map','Iterator':{'StartAt':'I','States':{'I':"
            + "{'Type':'Pass','End':true}}},'Parameters':{'v.$':'$$.Map.Item.Value'},"
            + "'MaxConcurrencyPath':'$.n','End':true}}}",
        "{'StartAt':'M','States':{'M':{'Type':'Map','Label':'Run1','ItemReader':{'Resource':"
            + "'arn:aws:states:::s3:getObject','Parameters':{'Bucket':'b','Key':'k'},"
            + "'ReaderConfig':{'InputType':'CSV','CSVHeaderLocation':'GIVEN','CSVHeaders':['a'],"
            + "'MaxItems':10}},'ItemBatcher':{'MaxItemsPerBatch':5,'BatchInput':{'x':1}},"
            + "'ResultWriter':{'Resource':'arn:aws:states:::s3:putObject','Parameters':{"
            + "'Bucket':'b','Prefix':'p'},'WriterConfig':{'OutputType':'JSONL'}},"
            + "'ToleratedFailurePercentage':5.5,'ToleratedFailureCountPath':'$.c','ItemProcessor':"
            + "{'ProcessorConfig':{'Mode':'DISTRIBUTED','ExecutionType':'EXPRESS'},'StartAt':'I',"
            + "'States':{'I':{'Type':'Pass','End':true}}},'End':true}}}",
        // JSONata, top level and per state
        "{'QueryLanguage':'JSONata','StartAt':'T','States':{'T':{'Type':'Task','Resource':"
            + "'arn:aws:states:::lambda:invoke','Arguments':{'FunctionName':'f'},'Output':"
            + "'{% $states.result %}','TimeoutSeconds':'{% $t %}','Assign':{'x':'{% 1 %}'},"
            + "'Catch':[{'ErrorEquals':['States.ALL'],'Output':{'e':1},'Next':'C'}],'Next':'C'},"
            + "'C':{'Type':'Choice','Choices':[{'Condition':'{% $x = 1 %}','Assign':{'y':2},"
            + "'Output':{},'Next':'W'}],'Default':'F'},'W':{'Type':'Wait','Seconds':"
            + "'{% $x %}','Next':'M'},'M':{'Type':'Map','Items':'{% [1,2] %}','ItemSelector':{"
            + "'v':'{% $states.context.Map.Item.Value %}'},'MaxConcurrency':'{% 2 %}',"
            + "'ItemProcessor':{'StartAt':'I','States':{'I':{'Type':'Pass','Output':1,'End':true}}}"
            + ",'Next':'P'},'P':{'Type':'Parallel','Arguments':'{% $states.input %}','Branches':"
            + "[{'StartAt':'B','States':{'B':{'Type':'Succeed','Output':2}}}],'Next':'F'},"
            + "'F':{'Type':'Fail','Error':'{% \\u0027E\\u0027 %}','Cause':'c'}}}",
        "{'StartAt':'A','States':{'A':{'Type':'Pass','QueryLanguage':'JSONata','Output':"
            + "'{% 1 %}','Next':'B'},'B':{'Type':'Pass','QueryLanguage':'JSONPath','Result':1,"
            + "'End':true}}}"
      })
  void shouldReportNothingForValidDefinitionsOfEveryStateType(String definition) {
    // given a valid definition

    // when
    final List<Diagnostic> diagnostics = validate(definition);

    // then
    assertThat(diagnostics).isEmpty();
  }
}
