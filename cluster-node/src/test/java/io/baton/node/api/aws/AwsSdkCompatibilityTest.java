package io.baton.node.api.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidExecutionInputException;
import software.amazon.awssdk.services.sfn.model.InvalidNameException;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResponse;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResultCode;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/**
 * The real AWS SDK for Java v2 against the gateway: every answer deserializes into the SDK's model,
 * and every error into its modeled exception. This is the wire-format compatibility proof.
 */
class AwsSdkCompatibilityTest {
  private static AwsApiTestServer server;
  private static SfnClient sfn;

  @BeforeAll
  static void start() throws Exception {
    server = AwsApiTestServer.start();
    sfn = SdkClients.client(server.endpoint());
  }

  @AfterAll
  static void stop() throws Exception {
    sfn.close();
    server.close();
  }

  @Test
  void shouldManageStateMachinesThroughTheSdk() {
    // when
    final String name = Fixtures.unique("sdk-machine");
    final CreateStateMachineResponse created =
        sfn.createStateMachine(
            b ->
                b.name(name)
                    .definition(Fixtures.PASS)
                    .roleArn(Fixtures.ROLE)
                    .type(StateMachineType.EXPRESS)
                    .tags(t -> t.key("team").value("core")));
    final String arn = created.stateMachineArn();
    final DescribeStateMachineResponse described =
        sfn.describeStateMachine(b -> b.stateMachineArn(arn));
    final Instant updated =
        sfn.updateStateMachine(b -> b.stateMachineArn(arn).definition(Fixtures.FAIL)).updateDate();
    final List<String> listed =
        sfn.listStateMachinesPaginator(b -> b.maxResults(1)).stateMachines().stream()
            .map(m -> m.stateMachineArn())
            .collect(Collectors.toList());
    sfn.deleteStateMachine(b -> b.stateMachineArn(arn));

    // then
    assertThat(arn).isEqualTo(Fixtures.MACHINE_PREFIX + name);
    assertThat(created.creationDate()).isAfter(Instant.parse("2025-01-01T00:00:00Z"));
    assertThat(described.name()).isEqualTo(name);
    assertThat(described.type()).isEqualTo(StateMachineType.EXPRESS);
    assertThat(described.creationDate()).isEqualTo(created.creationDate());
    assertThat(described.loggingConfiguration().levelAsString()).isEqualTo("OFF");
    assertThat(updated).isAfter(created.creationDate());
    assertThat(listed).contains(arn);
    assertThatThrownBy(() -> sfn.describeStateMachine(b -> b.stateMachineArn(arn)))
        .isInstanceOf(StateMachineDoesNotExistException.class)
        .hasMessageContaining(arn);
  }

  @Test
  void shouldValidateDefinitionsThroughTheSdk() {
    // when
    final ValidateStateMachineDefinitionResponse ok =
        sfn.validateStateMachineDefinition(b -> b.definition(Fixtures.PASS));
    final ValidateStateMachineDefinitionResponse fail =
        sfn.validateStateMachineDefinition(b -> b.definition("{\"StartAt\":\"A\",\"States\":{}}"));

    // then
    assertThat(ok.result()).isEqualTo(ValidateStateMachineDefinitionResultCode.OK);
    assertThat(ok.truncated()).isFalse();
    assertThat(fail.result()).isEqualTo(ValidateStateMachineDefinitionResultCode.FAIL);
    assertThat(fail.diagnostics()).isNotEmpty();
    assertThat(fail.diagnostics().get(0).severityAsString()).isEqualTo("ERROR");
  }

  @Test
  void shouldRunExecutionsThroughTheSdk() {
    // given
    final String machine =
        Fixtures.createMachine(server, Fixtures.unique("sdk-run"), Fixtures.PASS);

    // when
    final String execution =
        sfn.startExecution(b -> b.stateMachineArn(machine).name("one").input("{\"k\":\"v\"}"))
            .executionArn();
    final DescribeExecutionResponse described =
        sfn.describeExecution(b -> b.executionArn(execution));
    final List<String> succeeded =
        sfn
            .listExecutions(b -> b.stateMachineArn(machine).statusFilter(ExecutionStatus.SUCCEEDED))
            .executions()
            .stream()
            .map(e -> e.executionArn())
            .collect(Collectors.toList());
    final GetExecutionHistoryResponse history =
        sfn.getExecutionHistory(
            b -> b.executionArn(execution).reverseOrder(true).includeExecutionData(false));
    final String forExecution =
        sfn.describeStateMachineForExecution(b -> b.executionArn(execution)).stateMachineArn();

    // then
    assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(described.output()).isEqualTo("{\"k\":\"v\"}");
    assertThat(described.stopDate()).isAfterOrEqualTo(described.startDate());
    assertThat(succeeded).containsExactly(execution);
    final List<HistoryEvent> events = history.events();
    assertThat(events)
        .extracting(HistoryEvent::type)
        .first()
        .isEqualTo(HistoryEventType.EXECUTION_SUCCEEDED);
    final HistoryEvent started = events.get(events.size() - 1);
    assertThat(started.executionStartedEventDetails().roleArn()).isEqualTo(Fixtures.ROLE);
    assertThat(started.executionStartedEventDetails().input()).isNull();
    assertThat(started.timestamp()).isEqualTo(described.startDate());
    assertThat(forExecution).isEqualTo(machine);
  }

  @Test
  void shouldRunSyncExecutionsThroughTheSdk() {
    // given
    final String machine =
        Fixtures.createMachine(server, Fixtures.unique("sdk-sync"), Fixtures.FAIL);

    // when
    final StartSyncExecutionResponse answer =
        sfn.startSyncExecution(b -> b.stateMachineArn(machine).input("{}"));

    // then
    assertThat(answer.status()).isEqualTo(SyncExecutionStatus.FAILED);
    assertThat(answer.error()).isEqualTo("Boom");
    assertThat(answer.billingDetails().billedDurationInMilliseconds()).isEqualTo(100);
  }

  @Test
  void shouldServeActivityWorkersThroughTheSdk() {
    // given
    final String activity =
        sfn.createActivity(b -> b.name(Fixtures.unique("sdk-activity"))).activityArn();
    final String machine =
        Fixtures.createMachine(
            server, Fixtures.unique("sdk-worker"), Fixtures.activityDefinition(activity));
    final String execution =
        sfn.startExecution(b -> b.stateMachineArn(machine).input("{\"n\":1}")).executionArn();

    // when
    final var task = sfn.getActivityTask(b -> b.activityArn(activity).workerName("w"));
    sfn.sendTaskHeartbeat(b -> b.taskToken(task.taskToken()));
    sfn.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output("{\"done\":true}"));
    final var none = sfn.getActivityTask(b -> b.activityArn(activity));
    final String name = sfn.describeActivity(b -> b.activityArn(activity)).name();
    final boolean listed =
        sfn.listActivities(b -> b.maxResults(1000)).activities().stream()
            .anyMatch(a -> a.activityArn().equals(activity));
    sfn.deleteActivity(b -> b.activityArn(activity));

    // then
    assertThat(task.input()).isEqualTo("{\"n\":1}");
    assertThat(none.taskToken()).isNull();
    assertThat(activity).endsWith(":activity:" + name);
    assertThat(listed).isTrue();
    assertThat(sfn.describeExecution(b -> b.executionArn(execution)).output())
        .isEqualTo("{\"done\":true}");
  }

  @Test
  void shouldStopExecutionsAndFailTasksThroughTheSdk() {
    // given
    final String activity =
        sfn.createActivity(b -> b.name(Fixtures.unique("sdk-fail"))).activityArn();
    final String machine =
        Fixtures.createMachine(
            server, Fixtures.unique("sdk-stop"), Fixtures.activityDefinition(activity));
    final String stopped = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();
    final String failed = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();

    // when
    final Instant stopDate =
        sfn.stopExecution(b -> b.executionArn(stopped).error("E").cause("C")).stopDate();
    sfn.getActivityTask(b -> b.activityArn(activity)); // the stopped execution's task
    final String token = sfn.getActivityTask(b -> b.activityArn(activity)).taskToken();
    sfn.sendTaskFailure(b -> b.taskToken(token).error("Worker.Error").cause("why"));

    // then
    assertThat(stopDate).isNotNull();
    assertThat(sfn.describeExecution(b -> b.executionArn(stopped)).status())
        .isEqualTo(ExecutionStatus.ABORTED);
    assertThat(sfn.describeExecution(b -> b.executionArn(failed)).error())
        .isEqualTo("Worker.Error");
  }

  @Test
  void shouldTagResourcesThroughTheSdk() {
    // given
    final String activity =
        sfn.createActivity(b -> b.name(Fixtures.unique("sdk-tags"))).activityArn();

    // when
    sfn.tagResource(
        b -> b.resourceArn(activity).tags(t -> t.key("a").value("1"), t -> t.key("b").value("2")));
    sfn.untagResource(b -> b.resourceArn(activity).tagKeys("a"));
    final var tags = sfn.listTagsForResource(b -> b.resourceArn(activity)).tags();

    // then
    assertThat(tags).hasSize(1);
    assertThat(tags.get(0).key()).isEqualTo("b");
    assertThat(tags.get(0).value()).isEqualTo("2");
  }

  @Test
  void shouldRaiseTheSdksModeledExceptions() {
    assertThatThrownBy(() -> sfn.describeStateMachine(b -> b.stateMachineArn("bad")))
        .isInstanceOf(InvalidArnException.class);
    assertThatThrownBy(() -> sfn.createActivity(b -> b.name("bad name")))
        .isInstanceOf(InvalidNameException.class);
    assertThatThrownBy(() -> sfn.createActivity(b -> b.name("n".repeat(81))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Member must have length less than or equal to 80");
    final String machine =
        Fixtures.createMachine(server, Fixtures.unique("sdk-err"), Fixtures.PASS);
    assertThatThrownBy(() -> sfn.startExecution(b -> b.stateMachineArn(machine).input("{nope")))
        .isInstanceOf(InvalidExecutionInputException.class);
  }

  @Test
  void shouldReportAnInternalFailureAsA500ToTheSdk() {
    // given
    server.service.nextFailure = new IllegalStateException("bug");

    // when, then
    assertThatThrownBy(() -> sfn.listActivities(b -> b.maxResults(1)))
        .isInstanceOfSatisfying(
            SfnException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(500);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InternalFailure");
            });
  }
}
