package io.baton.node.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.node.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One failover test end to end: three node JVMs on a fresh PostgreSQL database, {@code executions}
 * in flight, node 0 (the oldest: it holds the shard coordinator and a third of the executions,
 * timer slices and activity queues) stopped the given way, then every execution checked and the
 * resume delays measured, printed and written to {@code target/failover-<label>.txt}.
 */
final class FailoverRuns {
  /**
   * A stopped node's work resumes on the survivors within this: the product's 15 s, which the build
   * raises for the bounded tests of every build (see cluster-node/pom.xml).
   */
  static final Duration RESUME_BOUND =
      Duration.ofSeconds(Integer.getInteger("baton.test.resume-bound-seconds", 15));

  /** How node 0 is stopped; runs right after the stop time is taken. */
  interface Stop {
    void apply(Stopping stopping) throws Exception;
  }

  /** What a stop may use: the node to stop and which node hosted each shard at the stop. */
  record Stopping(
      ClusterFixture cluster, TestDatabase db, NodeProcess node, Map<String, Integer> owners) {
    /** Whether execution {@code arn} lived on the stopped node. */
    boolean onStoppedNode(String arn) {
      return owners.getOrDefault(FailoverScenario.shardOf(arn), -1) == 0;
    }
  }

  /** What the test checks once every execution was verified. */
  interface Then {
    void check(ClusterFixture cluster, TestDatabase db, FailoverVerdict.Outcome outcome)
        throws Exception;
  }

  private FailoverRuns() {}

  static FailoverVerdict.Outcome run(String label, int executions, Stop stop, Then then)
      throws Exception {
    try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.POSTGRES);
        ClusterFixture cluster = ClusterFixture.start(db, 3, List.of())) {
      // given: every kind of execution in flight on all three nodes
      // Starting took 35-200 ms per execution on this 2-core machine, depending on its load.
      final Duration startBudget = Duration.ofSeconds(10).plusMillis(80L * executions);
      try (FailoverScenario scenario = FailoverScenario.start(cluster, executions, startBudget)) {
        // Read before the stop moment: on a busy machine the management calls take seconds.
        final Map<String, Integer> owners = scenario.shardOwners();
        scenario.awaitStopMoment();

        // when
        cluster.markGone(0);
        final Instant stoppedAt = Instant.now();
        stop.apply(new Stopping(cluster, db, cluster.node(0), owners));

        // then
        final FailoverVerdict.Outcome outcome =
            FailoverVerdict.check(
                scenario,
                stoppedAt,
                owners,
                0,
                Duration.ofMinutes(3).plusMillis(200L * executions));
        final String phases =
            ClusterPhases.read(stoppedAt, List.of(cluster.node(1).log(), cluster.node(2).log()))
                    .describe(cluster.node(0).address())
                + ", its executions' first step +"
                + outcome.delays().firstResumedOnSurvivors().map(ResumeDelays::seconds).orElse("-")
                + " s";
        final String summary =
            label
                + ": "
                + outcome.summary()
                + "; stopped at "
                + stoppedAt
                + ", first gate "
                + scenario.firstGate()
                + "; start phase "
                + ResumeDelays.seconds(scenario.startPhase())
                + " s; phases after the stop: "
                + phases;
        System.out.println("FAILOVER " + summary);
        System.out.println(
            "FAILOVER "
                + label
                + " node logs: "
                + List.of(cluster.node(0).log(), cluster.node(1).log(), cluster.node(2).log())
                + "; slowest:\n"
                + ResumeDelays.worst(outcome.delays().all(), 5));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "failover-" + label + ".txt"), summary + "\n");
        // All of them, unless starting them took much longer than planned.
        assertThat(outcome.inFlightAtStop())
            .as(summary)
            .isGreaterThanOrEqualTo(executions * 9 / 10);
        assertThat(outcome.delays().onStoppedNode()).as(summary).isNotEmpty();
        assertThat(outcome.maxResume()).as(summary).isLessThanOrEqualTo(RESUME_BOUND);
        assertThat(cluster.upMembers(1)).as(summary).isEqualTo(2);
        then.check(cluster, db, outcome);
        return outcome;
      }
    }
  }
}
