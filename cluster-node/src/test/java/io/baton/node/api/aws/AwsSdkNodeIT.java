package io.baton.node.api.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import akka.actor.testkit.typed.javadsl.TestProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResultCode;

/**
 * The real AWS SDK for Java v2 against a real node started in this JVM: executions, activities,
 * history and errors end to end. Skipped while the node's bootstrap ({@value RealNode#BOOTSTRAP})
 * is not on the classpath.
 */
class AwsSdkNodeIT {
  private static final String WAITS =
      "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":300,\"End\":true}}}";
  private static final String RESULT =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":{\"ok\":true},"
          + "\"ResultPath\":\"$.result\",\"End\":true}}}";
  private static RealNode node;
  private static SfnClient sfn;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(RealNode.available(), RealNode.BOOTSTRAP + " is not in this build yet");
    node = RealNode.start();
    sfn = SdkClients.client(node.endpoint());
  }

  @AfterAll
  static void stop() throws Exception {
    if (sfn != null) {
      sfn.close();
    }
    if (node != null) {
      node.close();
    }
  }

  @Test
  void shouldRunAStandardExecutionToItsEnd() {
    // given
    final String machine = create(Fixtures.unique("standard"), RESULT, StateMachineType.STANDARD);

    // when
    final String execution =
        sfn.startExecution(b -> b.stateMachineArn(machine).input("{\"n\":1}")).executionArn();

    // then
    final DescribeExecutionResponse done = awaitStatus(execution, ExecutionStatus.SUCCEEDED);
    assertThat(done.output()).isEqualTo("{\"n\":1,\"result\":{\"ok\":true}}");
    final List<HistoryEvent> events =
        sfn.getExecutionHistory(b -> b.executionArn(execution).includeExecutionData(false))
            .events();
    assertThat(events.get(0).type()).isEqualTo(HistoryEventType.EXECUTION_STARTED);
    assertThat(events.get(0).executionStartedEventDetails().input()).isNull();
    assertThat(events.get(events.size() - 1).type())
        .isEqualTo(HistoryEventType.EXECUTION_SUCCEEDED);
    assertThat(events.get(0).timestamp())
        .isCloseTo(done.startDate(), within(1, ChronoUnit.SECONDS));
    probe()
        .awaitAssert(
            Duration.ofSeconds(10),
            () -> {
              final List<String> listed =
                  sfn.listExecutions(b -> b.stateMachineArn(machine)).executions().stream()
                      .map(e -> e.executionArn())
                      .collect(Collectors.toList());
              assertThat(listed).contains(execution);
              return null;
            });
  }

  @Test
  void shouldRunAnExpressExecutionSynchronously() {
    // given
    final String machine = create(Fixtures.unique("express"), RESULT, StateMachineType.EXPRESS);

    // when
    final StartSyncExecutionResponse answer =
        sfn.startSyncExecution(b -> b.stateMachineArn(machine).input("{}"));

    // then
    assertThat(answer.status()).isEqualTo(SyncExecutionStatus.SUCCEEDED);
    assertThat(answer.output()).isEqualTo("{\"result\":{\"ok\":true}}");
    assertThat(answer.stopDate()).isAfterOrEqualTo(answer.startDate());
    assertThat(answer.billingDetails()).isNotNull();
  }

  @Test
  void shouldServeAnActivityWorker() {
    // given
    final String activity =
        sfn.createActivity(b -> b.name(Fixtures.unique("worker"))).activityArn();
    final String machine =
        create(
            Fixtures.unique("with-worker"),
            Fixtures.activityDefinition(activity),
            StateMachineType.STANDARD);
    final String execution =
        sfn.startExecution(b -> b.stateMachineArn(machine).input("{\"job\":7}")).executionArn();

    // when
    final var task = sfn.getActivityTask(b -> b.activityArn(activity).workerName("it-worker"));
    sfn.sendTaskHeartbeat(b -> b.taskToken(task.taskToken()));
    sfn.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output("{\"done\":7}"));

    // then
    assertThat(task.input()).isEqualTo("{\"job\":7}");
    assertThat(awaitStatus(execution, ExecutionStatus.SUCCEEDED).output())
        .isEqualTo("{\"done\":7}");
  }

  @Test
  void shouldStopARunningExecution() {
    // given
    final String machine = create(Fixtures.unique("waits"), WAITS, StateMachineType.STANDARD);
    final String execution = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();

    // when
    final Instant stopDate =
        sfn.stopExecution(b -> b.executionArn(execution).error("Halt").cause("test")).stopDate();

    // then
    final DescribeExecutionResponse stopped = awaitStatus(execution, ExecutionStatus.ABORTED);
    assertThat(stopped.stopDate()).isEqualTo(stopDate);
  }

  @Test
  void shouldAnswerTheSdksModeledErrors() {
    // given
    final String machine = create(Fixtures.unique("errors"), WAITS, StateMachineType.STANDARD);
    sfn.startExecution(b -> b.stateMachineArn(machine).name("once").input("{\"a\":1}"));

    // then
    assertThatThrownBy(
            () ->
                sfn.describeStateMachine(b -> b.stateMachineArn(Fixtures.MACHINE_PREFIX + "none")))
        .isInstanceOf(StateMachineDoesNotExistException.class);
    assertThatThrownBy(
            () ->
                sfn.createStateMachine(
                    b -> b.name("broken").definition("{\"StartAt\":\"X\"}").roleArn(Fixtures.ROLE)))
        .isInstanceOf(InvalidDefinitionException.class);
    assertThatThrownBy(
            () -> sfn.startExecution(b -> b.stateMachineArn(machine).name("once").input("{}")))
        .isInstanceOf(ExecutionAlreadyExistsException.class);
  }

  @Test
  void shouldValidateDefinitionsAndTagResources() {
    // given
    final String machine = create(Fixtures.unique("tags"), RESULT, StateMachineType.STANDARD);

    // when
    final var validation =
        sfn.validateStateMachineDefinition(b -> b.definition("{\"StartAt\":\"A\",\"States\":{}}"));
    sfn.tagResource(b -> b.resourceArn(machine).tags(t -> t.key("k").value("v")));

    // then
    assertThat(validation.result()).isEqualTo(ValidateStateMachineDefinitionResultCode.FAIL);
    assertThat(sfn.listTagsForResource(b -> b.resourceArn(machine)).tags())
        .anyMatch(t -> t.key().equals("k") && t.value().equals("v"));
  }

  @Test
  @Tag("slow")
  void shouldHoldAnEmptyActivityPollForAMinute() {
    // given
    final String activity = sfn.createActivity(b -> b.name(Fixtures.unique("idle"))).activityArn();
    final Instant before = Instant.now();

    // when
    final var task = sfn.getActivityTask(b -> b.activityArn(activity));

    // then
    assertThat(task.taskToken()).isNull();
    assertThat(Duration.between(before, Instant.now())).isGreaterThan(Duration.ofSeconds(55));
  }

  private static String create(String name, String definition, StateMachineType type) {
    return sfn.createStateMachine(
            b -> b.name(name).definition(definition).roleArn(Fixtures.ROLE).type(type))
        .stateMachineArn();
  }

  private static DescribeExecutionResponse awaitStatus(String execution, ExecutionStatus status) {
    return probe()
        .awaitAssert(
            Duration.ofSeconds(20),
            () -> {
              final DescribeExecutionResponse described =
                  sfn.describeExecution(b -> b.executionArn(execution));
              assertThat(described.status()).isEqualTo(status);
              return described;
            });
  }

  private static TestProbe<Object> probe() {
    return TestProbe.create(node.system());
  }
}
