package io.baton.node.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.json.Json;
import io.baton.node.testing.TestDatabase;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/**
 * A real {@code baton serve} process is killed with SIGKILL while executions of every state type
 * are in flight (Waits, Parallel with a nested Map, a retry back-off, callback tasks), and started
 * again on the same database: every execution completes with the right output, and no history has a
 * duplicated or missing transition.
 */
class CrashRecoveryIT {
  private static final String ROLE = "arn:aws:iam::123456789012:role/e2e";
  private static final int EACH = Integer.getInteger("baton.test.crash.each", 10);

  private static final String WAITS =
      "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Result\":{\"n\":1},\"Next\":\"W\"},"
          + "\"W\":{\"Type\":\"Wait\",\"Seconds\":4,\"Next\":\"C\"},"
          + "\"C\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.n\",\"NumericEquals\":1,\"Next\":\"S\"}],\"Default\":\"F\"},"
          + "\"S\":{\"Type\":\"Succeed\"},\"F\":{\"Type\":\"Fail\",\"Error\":\"Wrong\"}}}";
  private static final String FANOUT =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Parallel\",\"Next\":\"Done\",\"Branches\":["
          + "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"ItemsPath\":\"$.items\",\"End\":true,"
          + "\"ItemProcessor\":{\"StartAt\":\"MW\",\"States\":{\"MW\":{\"Type\":\"Wait\",\"Seconds\":3,\"Next\":\"MP\"},"
          + "\"MP\":{\"Type\":\"Pass\",\"Parameters\":{\"v.$\":\"States.MathAdd($,10)\"},\"End\":true}}}}}},"
          + "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke.waitForTaskToken\","
          + "\"Parameters\":{\"token.$\":\"$$.Task.Token\"},"
          + "\"Retry\":[{\"ErrorEquals\":[\"Flaky\"],\"IntervalSeconds\":3,\"MaxAttempts\":2}],\"End\":true}}}]},"
          + "\"Done\":{\"Type\":\"Pass\",\"End\":true}}}";

  /** A Distributed Map: each iteration is a child execution that waits, two at a time. */
  private static final String DISTRIBUTED =
      "{\"StartAt\":\"DM\",\"States\":{\"DM\":{\"Type\":\"Map\",\"ItemsPath\":\"$.items\","
          + "\"MaxConcurrency\":2,\"End\":true,"
          + "\"ItemSelector\":{\"v.$\":\"$$.Map.Item.Value\",\"i.$\":\"$$.Map.Item.Index\"},"
          + "\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\",\"ExecutionType\":\"STANDARD\"},"
          + "\"StartAt\":\"CW\",\"States\":{\"CW\":{\"Type\":\"Wait\",\"Seconds\":4,\"Next\":\"CP\"},"
          + "\"CP\":{\"Type\":\"Pass\",\"Parameters\":{\"r.$\":\"States.MathAdd($.v,$.i)\"},\"End\":true}}}}}}";

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void shouldCompleteEveryExecutionAfterAKill9(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind);
        NodeProcess node = new NodeProcess(db)) {
      node.start();
      final List<String> waits = new ArrayList<>();
      final List<String> fanouts = new ArrayList<>();
      final List<String> distributed = new ArrayList<>();
      try (SfnClient sfn = client(node)) {
        // given: executions in Waits, Map iterations and callback tasks
        final String waitsArn = create(sfn, "waits", WAITS);
        final String fanoutArn = create(sfn, "fanout", FANOUT);
        final String distributedArn = create(sfn, "distributed", DISTRIBUTED);
        for (int i = 0; i < EACH; i++) {
          waits.add(
              sfn.startExecution(b -> b.stateMachineArn(waitsArn).input("{}")).executionArn());
          fanouts.add(
              sfn.startExecution(b -> b.stateMachineArn(fanoutArn).input("{\"items\":[1,2,3]}"))
                  .executionArn());
          distributed.add(
              sfn.startExecution(
                      b -> b.stateMachineArn(distributedArn).input("{\"items\":[10,20,30,40,50]}"))
                  .executionArn());
        }
        // and: every callback task fails once, so each is in its retry back-off at the kill
        for (String exec : fanouts) {
          await().atMost(Duration.ofSeconds(30)).until(() -> latestToken(sfn, exec) != null);
          sfn.sendTaskFailure(
              b -> b.taskToken(latestToken(sfn, exec)).error("Flaky").cause("once"));
        }
      }
      // when
      node.kill();
      node.start();
      try (SfnClient sfn = client(node)) {
        final Map<String, String> answered = new HashMap<>();
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(250))
            .until(() -> answerRetriedTasks(sfn, fanouts, answered));
        // then
        for (String exec : waits) {
          assertThat(awaitEnd(sfn, exec).output()).isEqualTo("{\"n\":1}");
          assertThat(types(sfn, exec))
              .containsExactly(
                  "ExecutionStarted",
                  "PassStateEntered",
                  "PassStateExited",
                  "WaitStateEntered",
                  "WaitStateExited",
                  "ChoiceStateEntered",
                  "ChoiceStateExited",
                  "SucceedStateEntered",
                  "SucceedStateExited",
                  "ExecutionSucceeded");
        }
        for (String exec : fanouts) {
          final JsonNode output = Json.parse(awaitEnd(sfn, exec).output());
          assertThat(output)
              .isEqualTo(Json.parse("[[{\"v\":11},{\"v\":12},{\"v\":13}],{\"ok\":true}]"));
          final List<String> types = types(sfn, exec);
          assertThat(types.stream().filter("TaskScheduled"::equals).count()).isEqualTo(2);
          assertThat(types.stream().filter("MapIterationSucceeded"::equals).count()).isEqualTo(3);
          assertThat(types.stream().filter("WaitStateExited"::equals).count()).isEqualTo(3);
          assertThat(types.stream().filter("ParallelStateExited"::equals).count()).isEqualTo(1);
          assertContiguousIds(sfn, exec);
        }
        for (String exec : distributed) {
          // Child executions that were running, or not yet started, at the kill all finish once.
          assertThat(Json.parse(awaitEnd(sfn, exec).output()))
              .isEqualTo(Json.parse("[{\"r\":10},{\"r\":21},{\"r\":32},{\"r\":43},{\"r\":54}]"));
          final List<String> types = types(sfn, exec);
          assertThat(types).contains("MapRunStarted", "MapRunSucceeded");
          assertThat(types.stream().filter("MapStateSucceeded"::equals).count()).isEqualTo(1);
          assertContiguousIds(sfn, exec);
        }
      }
    }
  }

  /** Sends success for each execution's second (retried) task once it is scheduled. */
  @Test
  void shouldStopGracefullyOnH2WithoutFailingWhatIsDraining() throws Exception {
    try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.H2);
        NodeProcess node = new NodeProcess(db)) {
      node.start();
      final List<String> waits = new ArrayList<>();
      try (SfnClient sfn = client(node)) {
        // given: executions in a Wait, whose creation the listing may still be reading
        final String waitsArn = create(sfn, "waits", WAITS);
        for (int i = 0; i < 3 * EACH; i++) {
          waits.add(
              sfn.startExecution(b -> b.stateMachineArn(waitsArn).input("{}")).executionArn());
        }
      }
      // when: SIGTERM, as a service manager or Kubernetes stops a node
      assertThat(node.terminate(Duration.ofSeconds(60))).isIn(0, 143);
      // then: H2 stayed open until the node had stopped (it used to close itself from its own
      // shutdown hook, under the draining journal and listing)
      assertThat(Files.readString(node.log())).doesNotContain("Database is already closed");
      // and: after a restart every execution finishes as if nothing had happened
      node.start();
      try (SfnClient sfn = client(node)) {
        for (String exec : waits) {
          assertThat(awaitEnd(sfn, exec).output()).isEqualTo("{\"n\":1}");
          assertContiguousIds(sfn, exec);
        }
      }
    }
  }

  private static boolean answerRetriedTasks(
      SfnClient sfn, List<String> execs, Map<String, String> answered) {
    for (String exec : execs) {
      if (answered.containsKey(exec)) {
        continue;
      }
      final List<HistoryEvent> events = history(sfn, exec);
      final long scheduled =
          events.stream().filter(e -> e.type() == HistoryEventType.TASK_SCHEDULED).count();
      if (scheduled < 2) {
        continue;
      }
      final String token = latestToken(sfn, exec);
      sfn.sendTaskSuccess(b -> b.taskToken(token).output("{\"ok\":true}"));
      answered.put(exec, token);
    }
    return answered.size() == execs.size();
  }

  private static String latestToken(SfnClient sfn, String exec) {
    final List<HistoryEvent> events = history(sfn, exec);
    for (int i = events.size() - 1; i >= 0; i--) {
      final HistoryEvent e = events.get(i);
      if (e.type() == HistoryEventType.TASK_SCHEDULED) {
        return Json.parse(e.taskScheduledEventDetails().parameters()).get("token").asText();
      }
    }
    return null;
  }

  private static software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse awaitEnd(
      SfnClient sfn, String exec) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                sfn.describeExecution(b -> b.executionArn(exec)).status()
                    != ExecutionStatus.RUNNING);
    final var d = sfn.describeExecution(b -> b.executionArn(exec));
    assertThat(d.status()).as(exec).isEqualTo(ExecutionStatus.SUCCEEDED);
    return d;
  }

  private static void assertContiguousIds(SfnClient sfn, String exec) {
    final List<HistoryEvent> events = history(sfn, exec);
    for (int i = 0; i < events.size(); i++) {
      assertThat(events.get(i).id()).isEqualTo(i + 1L);
    }
  }

  private static List<String> types(SfnClient sfn, String exec) {
    return history(sfn, exec).stream().map(HistoryEvent::typeAsString).toList();
  }

  private static List<HistoryEvent> history(SfnClient sfn, String exec) {
    return sfn
        .getExecutionHistoryPaginator(b -> b.executionArn(exec).maxResults(1000))
        .events()
        .stream()
        .toList();
  }

  private static String create(SfnClient sfn, String name, String definition) {
    return sfn.createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE))
        .stateMachineArn();
  }

  private static SfnClient client(NodeProcess node) {
    return SfnClient.builder()
        .endpointOverride(URI.create(node.endpoint()))
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}
