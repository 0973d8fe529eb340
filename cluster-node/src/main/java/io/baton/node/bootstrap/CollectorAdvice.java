package io.baton.node.bootstrap;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;

/**
 * Says so at start-up when the node runs on a stop-the-world young collector. With the JVM's
 * default (G1) a node under load pauses for tens of milliseconds every few seconds, and every
 * execution in flight waits for it: that, not the engine or the journal, sets the p99 latency
 * (docs/benchmarks.md). ZGC's pauses are under a millisecond.
 */
final class CollectorAdvice {
  private CollectorAdvice() {}

  static Optional<String> forThisJvm() {
    return forCollectors(
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .toList());
  }

  static Optional<String> forCollectors(List<String> names) {
    final boolean concurrent =
        names.stream().anyMatch(n -> n.startsWith("ZGC") || n.startsWith("Shenandoah"));
    if (concurrent || names.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "The JVM runs the "
            + String.join(" and ", names)
            + " collectors: their pauses of tens of milliseconds under load set the p99 latency"
            + " of executions. Start the node with java -XX:+UseZGC for pauses under a"
            + " millisecond (see docs/deploy.md, Sizing).");
  }
}
