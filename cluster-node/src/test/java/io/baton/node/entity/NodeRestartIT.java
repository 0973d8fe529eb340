package io.baton.node.entity;

import static io.baton.node.entity.ExecutionLifecycleContract.ROLE;
import static io.baton.node.entity.ExecutionLifecycleContract.branches;
import static io.baton.node.entity.ExecutionLifecycleContract.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.baton.engine.execution.HistoryEvent;
import io.baton.node.bootstrap.RunningNode;
import io.baton.node.service.BatonService;
import io.baton.node.service.ServiceModel.CreateStateMachine;
import io.baton.node.service.ServiceModel.ExecutionStatus;
import io.baton.node.service.ServiceModel.HistoryRequest;
import io.baton.node.service.ServiceModel.MachineType;
import io.baton.node.service.ServiceModel.StartExecution;
import io.baton.node.testing.TestDatabase;
import io.baton.node.testing.TestNodes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A node stops and another starts on the same database: running executions carry on from their
 * journals (and snapshots), timers fire after the restart, task tokens stay valid.
 */
class NodeRestartIT {

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void shouldCarryOnAfterARestartFromSnapshotsAndTimers(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      final Map<String, Object> settings = TestNodes.settings(db);
      // Every journal row: a decision is one row, so the executions below write only a few.
      settings.put("baton.executions.snapshot-every", 1);
      final String waitExec;
      final String taskExec;
      // given: one execution in a Map of callback tasks, one in a 4-second Wait
      try (RunningNode first = TestNodes.start(settings)) {
        final BatonService service = first.service();
        final String mapMachine =
            machine(
                service,
                "map-callbacks",
                "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"ItemsPath\":\"$.items\",\"End\":true,"
                    + "\"ItemProcessor\":{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\","
                    + "\"Resource\":\"arn:aws:states:::lambda:invoke.waitForTaskToken\","
                    + "\"Parameters\":{\"token.$\":\"$$.Task.Token\",\"item.$\":\"$\"},\"End\":true}}}}}}");
        final String waitMachine =
            machine(
                service,
                "wait4",
                "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":4,\"Next\":\"P\"},"
                    + "\"P\":{\"Type\":\"Pass\",\"Result\":\"woke\",\"End\":true}}}");
        taskExec = start(service, mapMachine, "{\"items\":[1,2,3]}");
        waitExec = start(service, waitMachine, "{}");
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> count(history(service, taskExec), "TaskScheduled") == 3);
        assertThat(branches(first, taskExec)).containsExactly("0", "1", "2");
      }
      assertThat(snapshots(db)).isPositive();
      // when: a new node on the same database answers the tasks
      try (RunningNode second = TestNodes.start(TestNodes.settings(db))) {
        final BatonService service = second.service();
        // the recovered execution runs exactly the iterations that were running, each in a child
        assertThat(branches(second, taskExec)).containsExactly("0", "1", "2");
        for (HistoryEvent e : history(service, taskExec)) {
          if ("TaskScheduled".equals(e.type())) {
            final var p = e.details().get("parameters");
            join(
                service.sendTaskSuccess(
                    p.get("token").asText(), "{\"done\":" + p.get("item") + "}"));
          }
        }
        // then
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    join(service.describeExecution(taskExec)).status() != ExecutionStatus.RUNNING);
        assertThat(join(service.describeExecution(taskExec)).output())
            .contains("[{\"done\":1},{\"done\":2},{\"done\":3}]");
        assertThat(branches(second, taskExec)).isEmpty();
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    join(service.describeExecution(waitExec)).status() != ExecutionStatus.RUNNING);
        assertThat(join(service.describeExecution(waitExec)).output()).contains("\"woke\"");
        final List<Long> ids = history(service, taskExec).stream().map(HistoryEvent::id).toList();
        assertThat(ids).doesNotHaveDuplicates().isSorted();
        assertThat(ids.get(ids.size() - 1)).isEqualTo((long) ids.size());
      }
    }
  }

  private static String machine(BatonService service, String name, String definition) {
    return join(service.createStateMachine(
            new CreateStateMachine(name, definition, ROLE, MachineType.STANDARD, Map.of())))
        .arn();
  }

  private static String start(BatonService service, String machine, String input) {
    return join(service.startExecution(
            new StartExecution(machine, Optional.empty(), input, Optional.empty())))
        .executionArn();
  }

  private static List<HistoryEvent> history(BatonService service, String exec) {
    return join(service.getExecutionHistory(
            new HistoryRequest(exec, 1000, false, true, Optional.empty())))
        .items();
  }

  private static long count(List<HistoryEvent> events, String type) {
    return events.stream().filter(e -> type.equals(e.type())).count();
  }

  private static int snapshots(TestDatabase db) throws Exception {
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), "");
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    db.kind() == TestDatabase.Kind.H2
                        ? "SELECT COUNT(*) FROM \"snapshot\""
                        : "SELECT COUNT(*) FROM snapshot")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
