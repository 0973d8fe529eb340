package io.baton.node.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.node.db.Database;
import io.baton.node.registry.ExecutionIndex;
import io.baton.node.testing.TestDatabase;
import io.baton.persistence.ListingTags;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The listing table's writes and reads on a real database: the projection's row changes in their
 * transaction, and keyset pages over rows that share a start date.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ListingRowsContract {
  private static final String MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:rows";
  private TestDatabase testDb;
  private Database db;
  private ExecutionIndex index;

  abstract TestDatabase.Kind kind();

  @BeforeAll
  void migrate() throws Exception {
    testDb = TestDatabase.create(kind());
    db = new Database(testDb.url(), testDb.user(), "", 2);
    db.migrate();
    index = new ExecutionIndex(db, new ListingTags(4));
  }

  @AfterAll
  void close() {
    if (db != null) {
      db.close();
    }
    if (testDb != null) {
      testDb.close();
    }
  }

  private static String arn(String name) {
    return "arn:aws:states:us-east-1:123456789012:execution:rows:" + name;
  }

  /** Writes one group of changes in one transaction, as the projection's session does. */
  private void write(ListingChange... changes) throws Exception {
    try (Connection c = db.connection()) {
      c.setAutoCommit(false);
      ExecutionRows.write(c, List.of(changes));
      c.commit();
    }
  }

  private ExecutionIndex.Row row(String executionArn) {
    return index
        .list(MACHINE, Optional.empty(), Optional.empty(), 1000)
        .toCompletableFuture()
        .join()
        .stream()
        .filter(r -> r.executionArn().equals(executionArn))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void shouldNeverSetAFinishedRowBackOrChangeItAgain() throws Exception {
    // given
    final String arn = arn("finished");
    write(new ListingChange.Created(arn, MACHINE, "finished", 1_000));
    write(new ListingChange.Ended(arn, "SUCCEEDED", 2_000));
    // when: the events are read again, and a later end arrives
    write(
        new ListingChange.Created(arn, MACHINE, "finished", 1_000),
        new ListingChange.Ended(arn, "ABORTED", 3_000));
    write(new ListingChange.Created(arn, MACHINE, "finished", 1_000));
    // then
    assertThat(row(arn))
        .isEqualTo(new ExecutionIndex.Row(arn, MACHINE, "finished", "SUCCEEDED", 1_000, 2_000L));
  }

  @Test
  void shouldFinishARowCreatedAndEndedInOneGroup() throws Exception {
    // given
    final String arn = arn("one-group");
    // when
    write(
        new ListingChange.Ended(arn("never-created"), "FAILED", 5),
        new ListingChange.Created(arn, MACHINE, "one-group", 4_000),
        new ListingChange.Ended(arn, "FAILED", 4_500));
    // then
    assertThat(row(arn))
        .isEqualTo(new ExecutionIndex.Row(arn, MACHINE, "one-group", "FAILED", 4_000, 4_500L));
    assertThat(
            index
                .list(MACHINE, Optional.empty(), Optional.empty(), 1000)
                .toCompletableFuture()
                .join())
        .extracting(ExecutionIndex.Row::executionArn)
        .doesNotContain(arn("never-created"));
  }

  @Test
  void shouldPageThroughRowsThatStartedInTheSameMillisecond() throws Exception {
    // given: five executions started in one millisecond, one before and one after
    final String machine = MACHINE + "-ties";
    final List<ListingChange> changes = new ArrayList<>();
    for (String name : List.of("c", "a", "e", "b", "d")) {
      changes.add(new ListingChange.Created(arn(name), machine, name, 10_000));
    }
    changes.add(new ListingChange.Created(arn("older"), machine, "older", 9_000));
    changes.add(new ListingChange.Created(arn("newer"), machine, "newer", 11_000));
    write(changes.toArray(ListingChange[]::new));
    // when: pages of two, each starting after the last row of the one before
    final List<String> seen = new ArrayList<>();
    Optional<ExecutionIndex.After> after = Optional.empty();
    int pages = 0;
    while (true) {
      final List<ExecutionIndex.Row> page =
          index.list(machine, Optional.empty(), after, 2).toCompletableFuture().join();
      if (page.isEmpty()) {
        break;
      }
      pages++;
      page.forEach(r -> seen.add(r.name()));
      final ExecutionIndex.Row last = page.get(page.size() - 1);
      after = Optional.of(new ExecutionIndex.After(last.startDate(), last.executionArn()));
    }
    // then: newest first, ties by ARN, each once
    assertThat(seen).containsExactly("newer", "a", "b", "c", "d", "e", "older");
    assertThat(pages).isEqualTo(4);
  }

  @Test
  void shouldFilterPagesByStatus() throws Exception {
    // given
    final String machine = MACHINE + "-status";
    for (int i = 0; i < 5; i++) {
      write(new ListingChange.Created(arn("s" + i), machine, "s" + i, 20_000 + i));
    }
    write(
        new ListingChange.Ended(arn("s1"), "SUCCEEDED", 30_000),
        new ListingChange.Ended(arn("s3"), "SUCCEEDED", 30_000));
    // when
    final List<ExecutionIndex.Row> first =
        index
            .list(machine, Optional.of("RUNNING"), Optional.empty(), 2)
            .toCompletableFuture()
            .join();
    final ExecutionIndex.Row last = first.get(1);
    final List<ExecutionIndex.Row> second =
        index
            .list(
                machine,
                Optional.of("RUNNING"),
                Optional.of(new ExecutionIndex.After(last.startDate(), last.executionArn())),
                2)
            .toCompletableFuture()
            .join();
    // then
    assertThat(first).extracting(ExecutionIndex.Row::name).containsExactly("s4", "s2");
    assertThat(second).extracting(ExecutionIndex.Row::name).containsExactly("s0");
  }
}
