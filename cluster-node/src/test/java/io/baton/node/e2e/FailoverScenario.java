package io.baton.node.e2e;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The executions a failover test keeps in flight on a started cluster: it creates the machines,
 * starts {@code count} executions round-robin over the nodes with their work gated to begin just
 * before the stop, and answers their tasks from outside. The test then stops a node its own way and
 * hands over to {@link FailoverVerdict} to wait for the end and check every history.
 */
final class FailoverScenario implements AutoCloseable {
  /** The executions' gates are spread over this long, beginning just before the stop. */
  static final Duration GATE_SPREAD = Duration.ofSeconds(10);

  /** How long after the first gate the node is stopped: the first tenth is then mid-work. */
  static final Duration STOP_AFTER_FIRST_GATE = Duration.ofSeconds(1);

  private static final String ROLE = "arn:aws:iam::123456789012:role/failover";

  private final ClusterFixture cluster;
  private final List<String> machines;
  private final List<String> runs;
  private final Instant firstGate;
  private final Duration startPhase;
  private final OutsideWorld world;

  private FailoverScenario(
      ClusterFixture cluster,
      List<String> machines,
      List<String> runs,
      Instant firstGate,
      Duration startPhase,
      OutsideWorld world) {
    this.cluster = cluster;
    this.machines = machines;
    this.runs = runs;
    this.firstGate = firstGate;
    this.startPhase = startPhase;
    this.world = world;
  }

  /**
   * Starts {@code count} executions whose work begins {@code startBudget} from now (spread over
   * {@link #GATE_SPREAD}); the budget should cover starting them all on a busy machine.
   */
  static FailoverScenario start(ClusterFixture cluster, int count, Duration startBudget)
      throws Exception {
    final String activityArn =
        cluster
            .call(c -> c.createActivity(b -> b.name(FailoverMachines.ACTIVITY_NAME)))
            .activityArn();
    final List<String> machines = new ArrayList<>();
    for (FailoverMachines kind : FailoverMachines.values()) {
      final String definition = kind.definition(activityArn);
      machines.add(
          cluster
              .call(
                  c ->
                      c.createStateMachine(
                          b -> b.name("failover-" + kind).definition(definition).roleArn(ROLE)))
              .stateMachineArn());
    }
    final Instant began = Instant.now();
    final Instant firstGate =
        began.plus(startBudget).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    final List<String> runs = startAll(cluster, machines, count, firstGate);
    final Duration startPhase = Duration.between(began, Instant.now());
    return new FailoverScenario(
        cluster,
        machines,
        runs,
        firstGate,
        startPhase,
        new OutsideWorld(cluster, runs, activityArn));
  }

  private static List<String> startAll(
      ClusterFixture cluster, List<String> machines, int count, Instant firstGate)
      throws Exception {
    final ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      final List<Future<String>> started = new ArrayList<>();
      final long spread = GATE_SPREAD.toSeconds();
      for (int i = 0; i < count; i++) {
        final int index = i;
        final String machine = machines.get(FailoverMachines.of(i).ordinal());
        final String input = FailoverMachines.input(index, firstGate.plusSeconds(index % spread));
        started.add(
            pool.submit(
                () ->
                    cluster
                        .call(
                            c ->
                                c.startExecution(
                                    b ->
                                        b.stateMachineArn(machine)
                                            .name("run-" + index)
                                            .input(input)))
                        .executionArn()));
      }
      final List<String> arns = new ArrayList<>();
      for (Future<String> f : started) {
        arns.add(f.get());
      }
      return arns;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Waits for the moment to stop a node: just after the first executions passed their gate (or just
   * after the last one started, when starting them took longer than planned).
   */
  void awaitStopMoment() {
    final Instant planned = firstGate.plus(STOP_AFTER_FIRST_GATE);
    final Instant late = Instant.now().plus(STOP_AFTER_FIRST_GATE);
    final Instant at = planned.isAfter(late) ? planned : late;
    final Duration left = Duration.between(Instant.now(), at);
    await()
        .atMost((left.isNegative() ? Duration.ZERO : left).plusSeconds(5))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> !Instant.now().isBefore(at));
  }

  /** Which node hosts each execution shard now (shard id to node index). */
  Map<String, Integer> shardOwners() throws Exception {
    return cluster.executionShardOwners();
  }

  /** Akka's default shard of an entity id (HashCodeMessageExtractor, 100 shards). */
  static String shardOf(String entityId) {
    return String.valueOf(Math.abs(entityId.hashCode() % 100));
  }

  ClusterFixture cluster() {
    return cluster;
  }

  List<String> runs() {
    return runs;
  }

  /** How many executions are still RUNNING, as the listing shows them. */
  int running() {
    int count = 0;
    for (String machine : machines) {
      count +=
          cluster
              .call(
                  c ->
                      c
                          .listExecutionsPaginator(
                              b ->
                                  b.stateMachineArn(machine)
                                      .statusFilter("RUNNING")
                                      .maxResults(1000))
                          .executions()
                          .stream()
                          .count())
              .intValue();
    }
    return count;
  }

  OutsideWorld world() {
    return world;
  }

  Duration startPhase() {
    return startPhase;
  }

  Instant firstGate() {
    return firstGate;
  }

  @Override
  public void close() throws InterruptedException {
    world.close();
  }
}
