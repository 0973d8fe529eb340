package io.baton.node.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import akka.cluster.MemberStatus;
import akka.cluster.typed.Cluster;
import io.baton.node.bootstrap.RunningNode;
import io.baton.node.service.BatonService;
import io.baton.node.service.ServiceModel.CreateStateMachine;
import io.baton.node.service.ServiceModel.Execution;
import io.baton.node.service.ServiceModel.ExecutionStatus;
import io.baton.node.service.ServiceModel.ExecutionSummary;
import io.baton.node.service.ServiceModel.MachineType;
import io.baton.node.service.ServiceModel.StartExecution;
import io.baton.node.testing.TestDatabase;
import io.baton.node.testing.TestNodes;
import io.baton.persistence.ListingTags;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The execution listing kept by the projection, on a real node and database: rows appear with the
 * entity's status and dates, and pages follow the listing while executions keep starting.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExecutionListingContract {
  static final String ROLE = "arn:aws:iam::123456789012:role/test";
  static final String PASS =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
  static final String WAIT =
      "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":600,\"End\":true}}}";
  static final Duration LISTED_WITHIN = Duration.ofSeconds(10);

  private TestDatabase db;
  private Map<String, Object> settings;
  private RunningNode node;
  private BatonService service;

  abstract TestDatabase.Kind kind();

  @BeforeAll
  void startNode() throws Exception {
    db = TestDatabase.create(kind());
    settings = TestNodes.settings(db);
    node = TestNodes.start(settings);
    service = node.service();
  }

  @AfterAll
  void stopNode() {
    if (node != null) {
      node.close();
    }
    if (db != null) {
      db.close();
    }
  }

  static <T> T join(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  static String machine(BatonService service, String name, String definition) {
    return join(service.createStateMachine(
            new CreateStateMachine(name, definition, ROLE, MachineType.STANDARD, Map.of())))
        .arn();
  }

  static String start(BatonService service, String machineArn, String name) {
    return join(service.startExecution(
            new StartExecution(machineArn, Optional.of(name), "{}", Optional.empty())))
        .executionArn();
  }

  /** Every row listed under a state machine, through the service's pages. */
  static List<ExecutionSummary> listAll(BatonService service, String machineArn) {
    final List<ExecutionSummary> out = new ArrayList<>();
    Optional<String> token = Optional.empty();
    do {
      final var page = join(service.listExecutions(machineArn, Optional.empty(), 1000, token));
      out.addAll(page.items());
      token = page.nextToken();
    } while (token.isPresent());
    return out;
  }

  /** The listing row of one execution; an assertion error (so awaits retry) while it is absent. */
  static ExecutionSummary listed(BatonService service, String machineArn, String arn) {
    final Optional<ExecutionSummary> row =
        listAll(service, machineArn).stream().filter(s -> s.executionArn().equals(arn)).findFirst();
    assertThat(row).as("the listing row of " + arn).isPresent();
    return row.get();
  }

  @Test
  void shouldListExecutionsWithTheEntitysStatusAndDates() {
    // given
    final String pass = machine(service, "listed-pass", PASS);
    final String wait = machine(service, "listed-wait", WAIT);
    // when
    final String done = start(service, pass, "done-1");
    final String waiting = start(service, wait, "waiting-1");
    // then: the finished one with its stop date, the waiting one running without one
    final Execution described = join(service.describeExecution(done));
    await()
        .atMost(LISTED_WITHIN)
        .untilAsserted(
            () -> {
              final ExecutionSummary row = listed(service, pass, done);
              assertThat(row.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
              assertThat(row.name()).isEqualTo("done-1");
              assertThat(row.stateMachineArn()).isEqualTo(pass);
              assertThat(row.startDate()).isEqualTo(described.startDate());
              assertThat(row.stopDate()).isEqualTo(described.stopDate());
            });
    await()
        .atMost(LISTED_WITHIN)
        .untilAsserted(
            () -> {
              final ExecutionSummary row = listed(service, wait, waiting);
              assertThat(row.status()).isEqualTo(ExecutionStatus.RUNNING);
              assertThat(row.stopDate()).isEmpty();
            });

    // when: the waiting one is stopped
    join(service.stopExecution(waiting, Optional.of("Stopped"), Optional.empty()));
    final Execution stopped = join(service.describeExecution(waiting));
    // then
    await()
        .atMost(LISTED_WITHIN)
        .untilAsserted(
            () -> {
              final ExecutionSummary row = listed(service, wait, waiting);
              assertThat(row.status()).isEqualTo(ExecutionStatus.ABORTED);
              assertThat(row.stopDate()).isEqualTo(stopped.stopDate());
            });
    assertThat(listAll(service, pass)).hasSize(1);
  }

  @Test
  void shouldPageByKeysetWhileExecutionsKeepStarting() throws Exception {
    // given: 25 executions
    final String machine = machine(service, "paged", PASS);
    final Set<String> started = new HashSet<>();
    for (int i = 0; i < 25; i++) {
      started.add(start(service, machine, "first-" + i));
    }
    final int port = (int) settings.get("baton.http.port");
    final String grpc = "127.0.0.1:" + settings.get("baton.grpc.port");
    try (ListingPagers pagers = new ListingPagers(port, grpc)) {
      for (ListingPagers.Pager pager : pagers.all()) {
        await()
            .atMost(LISTED_WITHIN)
            .until(() -> listAll(service, machine).size() == started.size());
        final List<String> before =
            listAll(service, machine).stream().map(ExecutionSummary::executionArn).toList();
        // when: pages of 10, with 3 newer executions starting before each next page
        final List<String> seen = new ArrayList<>();
        Optional<String> token = Optional.empty();
        int page = 0;
        do {
          final ListingPagers.Page p = pager.page(machine, 10, token);
          seen.addAll(p.arns());
          token = p.nextToken();
          for (int i = 0; i < 3; i++) {
            started.add(start(service, machine, pager.name() + "-" + page + "-" + i));
          }
          page++;
        } while (token.isPresent());
        // then: exactly the executions listed when paging began, newest first, each once; the
        // newer ones sort before the first page and do not shift the later ones
        assertThat(seen).as(pager.name()).containsExactlyElementsOf(before);
        assertThat(page).as(pager.name()).isEqualTo((before.size() + 9) / 10);
      }
    }
  }

  @Test
  void shouldConvergeAfterARestartWithoutDuplicatesOrRegressions() throws Exception {
    try (TestDatabase own = TestDatabase.create(kind())) {
      final String pass;
      final String wait;
      final String work;
      final String activity;
      final String working;
      final List<String> waiting = new ArrayList<>();
      // given: finished, waiting and working executions, all listed
      try (RunningNode first = TestNodes.start(TestNodes.settings(own))) {
        final BatonService before = first.service();
        pass = machine(before, "restart-pass", PASS);
        wait = machine(before, "restart-wait", WAIT);
        activity = join(before.createActivity("restart-work", List.of())).arn();
        work =
            machine(
                before,
                "restart-work",
                "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\""
                    + activity
                    + "\",\"End\":true}}}");
        for (int i = 0; i < 6; i++) {
          start(before, pass, "done-" + i);
        }
        for (int i = 0; i < 4; i++) {
          waiting.add(start(before, wait, "waiting-" + i));
        }
        working = start(before, work, "working");
        await()
            .atMost(LISTED_WITHIN)
            .until(
                () ->
                    listAll(before, pass).stream()
                                .filter(r -> r.status() == ExecutionStatus.SUCCEEDED)
                                .count()
                            == 6
                        && listAll(before, wait).size() == 4
                        && listAll(before, work).size() == 1);
      }
      // ...and the listing lost its progress and the working execution's row, as when a node
      // crashes before the projection commits: every tagged event is read again
      final ListingTables tables = new ListingTables(own);
      tables.forgetOffsets();
      tables.deleteRow(working);

      // when
      try (RunningNode second = TestNodes.start(TestNodes.settings(own))) {
        final BatonService after = second.service();
        // then: the working execution was woken although the listing did not show it, so its
        // activity task (kept in memory by the stopped node) is offered again
        final var task =
            join(after.getActivityTask(activity, Optional.of("w"), Duration.ofSeconds(20)));
        assertThat(task).as("the activity task of " + working).isPresent();
        // ...and while the projection replays, finished rows never show as running again
        await()
            .atMost(LISTED_WITHIN)
            .pollInterval(Duration.ofMillis(20))
            .until(
                () -> {
                  assertThat(listAll(after, pass))
                      .extracting(ExecutionSummary::status)
                      .containsOnly(ExecutionStatus.SUCCEEDED);
                  return tables.caughtUp();
                });
        assertThat(listAll(after, pass))
            .extracting(ExecutionSummary::status)
            .hasSize(6)
            .containsOnly(ExecutionStatus.SUCCEEDED);
        assertThat(listAll(after, wait))
            .extracting(ExecutionSummary::status)
            .containsExactly(
                ExecutionStatus.RUNNING,
                ExecutionStatus.RUNNING,
                ExecutionStatus.RUNNING,
                ExecutionStatus.RUNNING);
        assertThat(listAll(after, work))
            .extracting(ExecutionSummary::executionArn)
            .containsExactly(working);

        // when: the new node ends them
        for (String arn : waiting) {
          join(after.stopExecution(arn, Optional.empty(), Optional.empty()));
        }
        join(after.sendTaskSuccess(task.get().taskToken(), "{}"));
        // then: each shows once, ended
        await()
            .atMost(LISTED_WITHIN)
            .untilAsserted(
                () -> {
                  assertThat(listAll(after, wait))
                      .extracting(ExecutionSummary::status)
                      .hasSize(4)
                      .containsOnly(ExecutionStatus.ABORTED);
                  assertThat(listAll(after, work))
                      .extracting(ExecutionSummary::status)
                      .containsExactly(ExecutionStatus.SUCCEEDED);
                });
        assertThat(tables.rowCount()).isEqualTo(11);
      }
    }
  }

  @Test
  void shouldMoveTheListingToTheSurvivorWhenANodeLeaves() throws Exception {
    try (TestDatabase own = TestDatabase.create(kind())) {
      // given: a two-node cluster; the first node formed it, so it ran the listing first
      final Map<String, Object> firstSettings = TestNodes.settings(own);
      final Map<String, Object> secondSettings = TestNodes.settings(own);
      final String seed = "127.0.0.1:" + firstSettings.get("akka.remote.artery.canonical.port");
      firstSettings.put("baton.cluster.seed-nodes", seed);
      secondSettings.put("baton.cluster.seed-nodes", seed);
      final RunningNode first = TestNodes.start(firstSettings);
      try (RunningNode second = TestNodes.start(secondSettings)) {
        await().atMost(Duration.ofSeconds(30)).until(() -> upMembers(second) == 2);
        final BatonService survivor = second.service();
        final String machine = machine(first.service(), "moved", PASS);
        for (int i = 0; i < 8; i++) {
          start(first.service(), machine, "before-" + i);
        }
        await().atMost(LISTED_WITHIN).until(() -> listAll(survivor, machine).size() == 8);

        // when: the first node leaves
        first.close();
        await().atMost(Duration.ofSeconds(30)).until(() -> upMembers(second) == 1);
        // ...and executions in every listing slice start on the survivor
        final ListingTags tags = new ListingTags(4);
        final int[] perSlice = new int[tags.slices()];
        int started = 0;
        for (int i = 0; Arrays.stream(perSlice).min().orElseThrow() < 2; i++) {
          final String arn = start(survivor, machine, "after-" + i);
          perSlice[tags.sliceOf(arn)]++;
          started++;
        }
        // then: every slice's projection runs on the survivor and lists them
        final int expected = 8 + started;
        await()
            .atMost(Duration.ofSeconds(30))
            .untilAsserted(
                () ->
                    assertThat(listAll(survivor, machine))
                        .extracting(ExecutionSummary::status)
                        .hasSize(expected)
                        .containsOnly(ExecutionStatus.SUCCEEDED));
      } finally {
        first.close();
      }
    }
  }

  private static long upMembers(RunningNode node) {
    return StreamSupport.stream(
            Cluster.get(node.system()).state().getMembers().spliterator(), false)
        .filter(m -> m.status() == MemberStatus.up())
        .count();
  }
}
