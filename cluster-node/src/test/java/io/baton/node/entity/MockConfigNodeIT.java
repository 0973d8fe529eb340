package io.baton.node.entity;

import static io.baton.node.entity.ExecutionLifecycleContract.ROLE;
import static io.baton.node.entity.ExecutionLifecycleContract.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.baton.engine.execution.HistoryEvent;
import io.baton.node.bootstrap.RunningNode;
import io.baton.node.service.BatonService;
import io.baton.node.service.ServiceModel.CreateStateMachine;
import io.baton.node.service.ServiceModel.Execution;
import io.baton.node.service.ServiceModel.ExecutionStatus;
import io.baton.node.service.ServiceModel.HistoryRequest;
import io.baton.node.service.ServiceModel.MachineType;
import io.baton.node.service.ServiceModel.StartExecution;
import io.baton.node.testing.TestDatabase;
import io.baton.node.testing.TestNodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A node started with a Step Functions Local mock file answers Task states from the test case named
 * after '#' in StartExecution's ARN, counting invocations per state across retries and Map
 * iterations; the wait-time scale shrinks the retry back-offs.
 */
class MockConfigNodeIT {
  private static final String MACHINE =
      "{\"StartAt\":\"Each\",\"States\":{\"Each\":{\"Type\":\"Map\",\"ItemsPath\":\"$.items\",\"MaxConcurrency\":1,"
          + "\"End\":true,\"ItemProcessor\":{\"StartAt\":\"Charge\",\"States\":{\"Charge\":{\"Type\":\"Task\","
          + "\"Resource\":\"arn:aws:states:::lambda:invoke\",\"Retry\":[{\"ErrorEquals\":[\"Busy\"],"
          + "\"IntervalSeconds\":30}],\"End\":true}}}}}}";
  private static final String MOCKS =
      "{\"StateMachines\":{\"orders\":{\"TestCases\":{\"Flaky\":{\"Charge\":\"BusyOnce\"}}}},"
          + "\"MockedResponses\":{\"BusyOnce\":{\"0\":{\"Throw\":{\"Error\":\"Busy\",\"Cause\":\"later\"}},"
          + "\"1-2\":{\"Return\":{\"ok\":1}},\"3\":{\"Return\":{\"ok\":2}}}}}";

  @Test
  void shouldAnswerTasksFromTheMockTestCaseNamedInTheArn() throws Exception {
    try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.H2)) {
      // given
      final Path mocks = Files.createTempFile("mocks", ".json");
      Files.writeString(mocks, MOCKS);
      final Map<String, Object> settings = TestNodes.settings(db);
      settings.put("baton.mock-config", mocks.toString());
      settings.put("baton.executions.wait-time-scale", 0.01);
      try (RunningNode node = TestNodes.start(settings)) {
        final BatonService service = node.service();
        final String arn =
            join(service.createStateMachine(
                    new CreateStateMachine(
                        "orders", MACHINE, ROLE, MachineType.STANDARD, Map.of())))
                .arn();
        // when
        final String exec =
            join(service.startExecution(
                    new StartExecution(
                        arn + "#Flaky", Optional.empty(), "{\"items\":[1,2,3]}", Optional.empty())))
                .executionArn();
        // then: invocation 0 throws, 1 (the retry) and 2 return ok 1, 3 returns ok 2
        await()
            .atMost(Duration.ofSeconds(15))
            .until(() -> join(service.describeExecution(exec)).status() != ExecutionStatus.RUNNING);
        final Execution done = join(service.describeExecution(exec));
        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(done.output()).contains("[{\"ok\":1},{\"ok\":1},{\"ok\":2}]");
        assertThat(
                join(
                        service.getExecutionHistory(
                            new HistoryRequest(exec, 1000, false, true, Optional.empty())))
                    .items()
                    .stream()
                    .map(HistoryEvent::type)
                    .filter("TaskFailed"::equals)
                    .count())
            .isEqualTo(1);
      }
    }
  }
}
