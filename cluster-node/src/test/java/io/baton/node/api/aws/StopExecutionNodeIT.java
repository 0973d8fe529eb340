package io.baton.node.api.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import akka.actor.testkit.typed.javadsl.TestProbe;
import io.baton.engine.json.Json;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

/**
 * StopExecution and a failing branch on a real node, through the real AWS SDK: what the history
 * records, and that the work the cut states waited on is let go (callback tokens refused, queued
 * activity tasks withdrawn, Distributed Map children aborted).
 */
class StopExecutionNodeIT {
  private static final String CALLBACK =
      "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::sqs:sendMessage.waitForTaskToken\","
          + "\"Parameters\":{\"token.$\":\"$$.Task.Token\"},\"End\":true}";
  private static final String LONG_WAIT = "{\"Type\":\"Wait\",\"Seconds\":300,\"End\":true}";
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
  void shouldRecordOnlyTheAbortAndLetGoOfEveryBranchWhenStoppedInAParallel() {
    // given: branches wait on a callback, an inline Map, an activity and a Distributed Map
    final String activity = sfn.createActivity(b -> b.name(Fixtures.unique("cut"))).activityArn();
    final String machine =
        create(
            parallel(
                branch("Callback", CALLBACK),
                branch("Items", map("Inline", "{\"Mode\":\"INLINE\"}", LONG_WAIT)),
                branch("Work", task(activity)),
                branch(
                    "Children",
                    map(
                        "Child",
                        "{\"Mode\":\"DISTRIBUTED\",\"ExecutionType\":\"STANDARD\"}",
                        LONG_WAIT))));
    final String execution =
        sfn.startExecution(b -> b.stateMachineArn(machine).input("{\"items\":[1,2]}"))
            .executionArn();
    awaitHistory(execution, 17);
    final String token = callbackToken(execution);
    final String child = execution + "/" + childName(execution, 0);
    assertThat(sfn.describeExecution(b -> b.executionArn(child)).status())
        .isEqualTo(ExecutionStatus.RUNNING);

    // when
    sfn.stopExecution(b -> b.executionArn(execution).error("Operator.Stop").cause("test"));

    // then
    awaitStatus(execution, ExecutionStatus.ABORTED);
    final List<HistoryEvent> events = history(execution);
    assertThat(events)
        .extracting(e -> e.typeAsString())
        .containsExactly(
            "ExecutionStarted",
            "ParallelStateEntered",
            "ParallelStateStarted",
            "TaskStateEntered",
            "TaskScheduled",
            "TaskStarted",
            "MapStateEntered",
            "MapStateStarted",
            "MapIterationStarted",
            "WaitStateEntered",
            "MapIterationStarted",
            "WaitStateEntered",
            "TaskStateEntered",
            "ActivityScheduled",
            "MapStateEntered",
            "MapStateStarted",
            "MapRunStarted",
            "ExecutionAborted");
    final HistoryEvent aborted = events.get(events.size() - 1);
    assertThat(aborted.executionAbortedEventDetails().error()).isEqualTo("Operator.Stop");
    assertThat(aborted.executionAbortedEventDetails().cause()).isEqualTo("test");
    for (int i = 0; i < events.size(); i++) {
      assertThat(events.get(i).id()).isEqualTo(i + 1);
      assertThat(events.get(i).previousEventId()).isEqualTo(i);
    }
    // A worker's late answer or heartbeat is refused as AWS refuses it for a stopped execution.
    assertThatThrownBy(() -> sfn.sendTaskSuccess(b -> b.taskToken(token).output("{}")))
        .isInstanceOf(TaskTimedOutException.class);
    assertThatThrownBy(() -> sfn.sendTaskHeartbeat(b -> b.taskToken(token)))
        .isInstanceOf(TaskTimedOutException.class);
    // The Distributed Map's child execution is aborted with its parent.
    awaitStatus(child, ExecutionStatus.ABORTED);
    assertThat(history(child))
        .extracting(e -> e.typeAsString())
        .containsExactly("ExecutionStarted", "WaitStateEntered", "ExecutionAborted");
    // The stopped execution's queued activity task was withdrawn: the next poll gets a new one.
    final String next =
        sfn.startExecution(
                b ->
                    b.stateMachineArn(create(Fixtures.activityDefinition(activity)))
                        .input("{\"next\":true}"))
            .executionArn();
    final var served = sfn.getActivityTask(b -> b.activityArn(activity).workerName("it"));
    assertThat(served.taskToken()).as("the poll was served a task").isNotNull();
    assertThat(Json.parse(served.input())).isEqualTo(Json.parse("{\"next\":true}"));
    sfn.sendTaskSuccess(b -> b.taskToken(served.taskToken()).output("{}"));
    awaitStatus(next, ExecutionStatus.SUCCEEDED);
  }

  @Test
  void shouldRecordTheCutBranchesWhenOneBranchFails() {
    // given
    final String machine =
        create(
            parallel(
                branch("Callback", CALLBACK),
                branch("Items", map("Inline", "{\"Mode\":\"INLINE\"}", LONG_WAIT)),
                branch("Boom", "{\"Type\":\"Fail\",\"Error\":\"Boom\",\"Cause\":\"cut\"}")));

    // when
    final String execution =
        sfn.startExecution(b -> b.stateMachineArn(machine).input("{\"items\":[1]}")).executionArn();

    // then
    awaitStatus(execution, ExecutionStatus.FAILED);
    assertThat(history(execution))
        .extracting(e -> e.typeAsString())
        .containsSubsequence(
            "FailStateEntered",
            "TaskStateAborted",
            "MapStateAborted",
            "ParallelStateFailed",
            "ExecutionFailed")
        .doesNotContain("TaskStateExited", "MapStateExited", "MapIterationAborted");
    final String token = callbackToken(execution);
    assertThatThrownBy(() -> sfn.sendTaskSuccess(b -> b.taskToken(token).output("{}")))
        .isInstanceOf(TaskTimedOutException.class);
  }

  private static String parallel(String... branches) {
    return "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Parallel\",\"End\":true,"
        + "\"Branches\":["
        + String.join(",", branches)
        + "]}}}";
  }

  private static String branch(String name, String state) {
    return "{\"StartAt\":\"" + name + "\",\"States\":{\"" + name + "\":" + state + "}}";
  }

  private static String map(String iteration, String processorConfig, String iterationState) {
    return "{\"Type\":\"Map\",\"ItemsPath\":\"$.items\",\"End\":true,\"ItemProcessor\":"
        + "{\"ProcessorConfig\":"
        + processorConfig
        + ",\"StartAt\":\""
        + iteration
        + "\",\"States\":{\""
        + iteration
        + "\":"
        + iterationState
        + "}}}";
  }

  private static String task(String resource) {
    return "{\"Type\":\"Task\",\"Resource\":\"" + resource + "\",\"End\":true}";
  }

  private static String create(String definition) {
    return sfn.createStateMachine(
            b -> b.name(Fixtures.unique("stop")).definition(definition).roleArn(Fixtures.ROLE))
        .stateMachineArn();
  }

  private static List<HistoryEvent> history(String execution) {
    return sfn.getExecutionHistory(b -> b.executionArn(execution).maxResults(1000)).events();
  }

  /** The callback's token, as its TaskScheduled event's parameters carry it. */
  private static String callbackToken(String execution) {
    return history(execution).stream()
        .filter(e -> e.typeAsString().equals("TaskScheduled"))
        .map(e -> Json.parse(e.taskScheduledEventDetails().parameters()).path("token").asText())
        .findFirst()
        .orElseThrow();
  }

  /** A Distributed Map child's name: its Map Run's id, then the item's index. */
  private static String childName(String execution, int index) {
    final String mapRunArn =
        history(execution).stream()
            .filter(e -> e.typeAsString().equals("MapRunStarted"))
            .findFirst()
            .orElseThrow()
            .mapRunStartedEventDetails()
            .mapRunArn();
    return mapRunArn.substring(mapRunArn.lastIndexOf(':') + 1) + "-" + index;
  }

  private static void awaitHistory(String execution, int events) {
    probe()
        .awaitAssert(
            Duration.ofSeconds(20),
            () -> {
              assertThat(history(execution)).hasSizeGreaterThanOrEqualTo(events);
              return null;
            });
  }

  private static void awaitStatus(String execution, ExecutionStatus status) {
    probe()
        .awaitAssert(
            Duration.ofSeconds(20),
            () -> {
              assertThat(sfn.describeExecution(b -> b.executionArn(execution)).status())
                  .isEqualTo(status);
              return null;
            });
  }

  private static TestProbe<Object> probe() {
    return TestProbe.create(node.system());
  }
}
