package io.baton.node.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A node cut off from the others: the oldest of three node JVMs is frozen with SIGSTOP (it sends
 * nothing and answers nothing, as behind a network partition) while executions of every kind run.
 * The majority must down it, take over its executions within 15 s of when they were due, and finish
 * every one correctly. Then the frozen node runs again (SIGCONT) with its stale shards: it must
 * find out it was removed and exit, and write nothing into an execution the survivors took over;
 * every journal must read 1..n without a repeat, each execution's writers one after another.
 */
class ClusterPartitionIT {
  private static final int EXECUTIONS = Integer.getInteger("baton.test.partition.executions", 160);

  @Test
  void shouldLetTheMajorityTakeOverAndTheCutOffNodeStop() throws Exception {
    final long[] ordering = new long[2];
    final Duration[] exitAfterResume = new Duration[1];
    final OptionalInt[] exitCode = new OptionalInt[1];
    final FailoverRuns.Stopping[] stopping = new FailoverRuns.Stopping[1];
    FailoverRuns.run(
        "partition",
        EXECUTIONS,
        s -> {
          // when: node 0 is cut off
          stopping[0] = s;
          ordering[0] = JournalWriters.maxOrdering(s.db());
          s.node().pause();
          await()
              .atMost(Duration.ofSeconds(60))
              .pollInterval(Duration.ofMillis(200))
              .until(
                  () ->
                      !s.cluster()
                          .node(1)
                          .management("/cluster/members")
                          .contains(s.node().address()));
          final Instant removed = Instant.now();
          // and, once the survivors run its executions, it comes back with its stale state
          await()
              .atMost(Duration.ofSeconds(10))
              .pollInterval(Duration.ofMillis(100))
              .until(() -> Instant.now().isAfter(removed.plusSeconds(3)));
          ordering[1] = JournalWriters.maxOrdering(s.db());
          final Instant resumed = Instant.now();
          s.node().resume();
          exitCode[0] = s.node().awaitExit(Duration.ofSeconds(60));
          exitAfterResume[0] = Duration.between(resumed, Instant.now());
        },
        (cluster, db, outcome) -> {
          // then: the resumed node stopped by itself, and wrote nothing after it came back
          final String log = Files.readString(cluster.node(0).log());
          final JournalWriters journal = JournalWriters.read(db);
          final Set<String> frozenWriters =
              journal.writersUpTo(ordering[0], stopping[0]::onStoppedNode);
          final long staleRows = journal.rowsAfterBy(ordering[1], frozenWriters);
          System.out.println(
              "FAILOVER partition: the resumed node exited "
                  + exitCode[0]
                  + " "
                  + ResumeDelays.seconds(exitAfterResume[0])
                  + " s after SIGCONT; journal rows it wrote after it came back: "
                  + staleRows
                  + "; its log after SIGCONT:\n"
                  + log.substring(Math.max(0, log.length() - 4000)));
          assertThat(exitCode[0]).as("the resumed node exits by itself").hasValue(75);
          assertThat(log).contains("This node did not run for");
          assertThat(journal.withGapsOrRepeats()).isEmpty();
          assertThat(journal.withInterleavedWriters()).isEmpty();
          assertThat(staleRows).isZero();
        });
  }
}
