package io.baton.node.bootstrap;

/**
 * Gives the JVM's common fork-join pool at least two threads, before anything uses it.
 *
 * <p>Akka's asks come back to Java as Scala's {@code CompletableFuture} adapter, which runs every
 * {@code thenApply}/{@code thenCompose} as its {@code …Async} form on the default executor. When
 * the common pool has one thread (the JVM's choice on a 2-CPU machine or container: CPUs − 1), that
 * default executor is {@code ThreadPerTaskExecutor}: a new thread for every callback. A node under
 * load then starts over a thousand threads a second, which costs CPU and adds latency.
 */
final class CommonPoolSize {
  static final String PROPERTY = "java.util.concurrent.ForkJoinPool.common.parallelism";

  private CommonPoolSize() {}

  /** Call first thing in {@code main}; an explicit {@code -D} setting is left as it is. */
  static void ensureAtLeastTwo() {
    final String chosen = parallelism(System.getProperty(PROPERTY), cpus());
    if (chosen != null) {
      System.setProperty(PROPERTY, chosen);
    }
  }

  /** The value to set, or null to leave the JVM's choice (or the operator's) alone. */
  static String parallelism(String configured, int cpus) {
    if (configured != null || cpus - 1 > 1) {
      return null;
    }
    return "2";
  }

  private static int cpus() {
    return Runtime.getRuntime().availableProcessors();
  }
}
