package io.baton.node.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The full failover test of the product issue, run with {@code -Pcluster-its}: three {@code baton
 * serve} JVMs on one PostgreSQL database with 1,000 executions in flight (Waits, callback tasks
 * with retries, Parallel and inline Map, activities, Distributed Map child executions); the oldest
 * node is killed with SIGKILL, or leaves with SIGTERM. Every execution must end with the right
 * output and a history without a missing or repeated transition, and every execution's next step
 * must happen within 15 s of when it was due (see {@link ResumeDelays}). Size: {@code
 * -Dbaton.test.failover.executions}. {@link NodeCrashIT} runs a smaller kill in every build.
 */
class ClusterFailoverIT {
  private static final int EXECUTIONS = Integer.getInteger("baton.test.failover.executions", 1000);

  @Test
  void shouldResumeEveryExecutionWithin15sWhenANodeIsKilled() throws Exception {
    FailoverRuns.run("kill", EXECUTIONS, s -> s.node().kill(), (c, db, o) -> {});
  }

  @Test
  void shouldResumeEveryExecutionWithin15sWhenANodeLeavesGracefully() throws Exception {
    FailoverRuns.run(
        "leave",
        EXECUTIONS,
        s -> assertThat(s.node().terminate(Duration.ofSeconds(60))).isIn(0, 143),
        (cluster, db, outcome) ->
            assertThat(
                    Files.readString(cluster.node(1).log())
                        + Files.readString(cluster.node(2).log()))
                .contains("left the cluster (Exiting)"));
  }
}
