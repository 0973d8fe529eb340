package io.baton.node.e2e;

import org.junit.jupiter.api.Test;

/**
 * The bounded failover test that runs in every build ({@code mvn verify}): three {@code baton
 * serve} JVMs on PostgreSQL, 160 executions of every kind in flight, the oldest node killed with
 * SIGKILL; every execution must end correctly with a clean history, and resume within 15 s of when
 * its next step was due. {@link ClusterFailoverIT} is the 1,000-execution version.
 */
class NodeCrashIT {
  private static final int EXECUTIONS = Integer.getInteger("baton.test.crash.executions", 160);

  @Test
  void shouldResumeEveryExecutionWithin15sWhenANodeIsKilled() throws Exception {
    FailoverRuns.run("crash", EXECUTIONS, s -> s.node().kill(), (c, db, o) -> {});
  }
}
