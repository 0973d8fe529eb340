package io.baton.node.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * After a node was stopped: waits until every execution has ended, then checks each one (status,
 * output, a history without a missing or repeated transition, and the same for every Distributed
 * Map child) and measures how long each waited for its next step ({@link ResumeDelays}).
 */
final class FailoverVerdict {
  /** What one failover run showed. */
  record Outcome(
      int executions,
      int children,
      int inFlightAtStop,
      Map<Integer, Integer> perNode,
      Duration drained,
      ResumeDelays delays) {
    /** The resume delays of every execution; the bound applies to all of them. */
    Duration maxResume() {
      return ResumeDelays.max(delays.all());
    }

    String summary() {
      return executions
          + " executions (+"
          + children
          + " Distributed Map children), "
          + inFlightAtStop
          + " in flight at the stop; executions and children by node at the stop "
          + perNode
          + "; resume delay of the stopped node's executions: "
          + ResumeDelays.describe(delays.onStoppedNode())
          + "; of all: "
          + ResumeDelays.describe(delays.all())
          + (delays.unclassified() > 0
              ? " (" + delays.unclassified() + " counted from the stop)"
              : "")
          + "; all ended "
          + ResumeDelays.seconds(drained)
          + " s after the stop";
    }
  }

  private record Checked(List<String> entities, boolean inFlight, List<Runnable> measures) {}

  private FailoverVerdict() {}

  /**
   * Waits up to {@code atMost} for every execution to end, then checks them all. {@code owners}
   * maps shard ids to the node that hosted them at the stop; {@code stopped} is the stopped node.
   */
  static Outcome check(
      FailoverScenario scenario,
      Instant stoppedAt,
      Map<String, Integer> owners,
      int stopped,
      Duration atMost)
      throws Exception {
    final ClusterFixture cluster = scenario.cluster();
    try {
      await()
          .atMost(atMost)
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> scenario.running() == 0);
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      throw new AssertionError("Executions still running:\n" + stuck(scenario), e);
    }
    final Duration drained = Duration.between(stoppedAt, Instant.now());
    scenario.close();
    assertThat(scenario.world().errors()).as("outside-world errors").isZero();

    final ResumeDelays delays = new ResumeDelays(stoppedAt);
    final Map<Integer, Integer> perNode = new TreeMap<>();
    final ExecutorService pool = Executors.newFixedThreadPool(4);
    int children = 0;
    int inFlight = 0;
    try {
      final List<Future<Checked>> checks = new ArrayList<>();
      for (int i = 0; i < scenario.runs().size(); i++) {
        final int index = i;
        checks.add(
            pool.submit(() -> checkOne(scenario, index, stoppedAt, owners, stopped, delays)));
      }
      for (Future<Checked> f : checks) {
        final Checked c = get(f);
        children += c.entities().size() - 1;
        inFlight += c.inFlight() ? 1 : 0;
        c.measures().forEach(Runnable::run);
        for (String entity : c.entities()) {
          perNode.merge(owners.getOrDefault(FailoverScenario.shardOf(entity), -1), 1, Integer::sum);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return new Outcome(scenario.runs().size(), children, inFlight, perNode, drained, delays);
  }

  /** Checks execution {@code index} and its children; the measures run later, on one thread. */
  private static Checked checkOne(
      FailoverScenario scenario,
      int index,
      Instant stoppedAt,
      Map<String, Integer> owners,
      int stopped,
      ResumeDelays delays) {
    final ClusterFixture cluster = scenario.cluster();
    final String arn = scenario.runs().get(index);
    final FailoverMachines kind = FailoverMachines.of(index);
    final List<HistoryEvent> events = OutsideWorld.history(cluster, arn);
    final DescribeExecutionResponse d =
        cluster.call(c -> c.describeExecution(b -> b.executionArn(arn)));
    assertThat(d.status())
        .as(() -> arn + "\n" + story(events))
        .isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(Json.parse(d.output())).as(arn).isEqualTo(FailoverMachines.expectedOutput(index));
    FailoverHistories.assertComplete(arn, kind, events);
    final JsonNode input = Json.parse(d.input());
    final List<Runnable> measures = new ArrayList<>();
    final List<String> entities = new ArrayList<>(List.of(arn));
    Optional<Instant> childrenEnded = Optional.empty();
    if (kind == FailoverMachines.DISTRIBUTED) {
      final HistoryEvent run = first(events, "MapRunStarted");
      final String mapRun = run.mapRunStartedEventDetails().mapRunArn();
      final int items = input.path("items").size();
      Instant ended = Instant.EPOCH;
      for (int item = 0; item < items; item++) {
        final String child = arn + "/" + mapRun.substring(mapRun.lastIndexOf(':') + 1) + "-" + item;
        final List<HistoryEvent> childEvents = OutsideWorld.history(cluster, child);
        FailoverHistories.assertChildComplete(child, childEvents);
        final Instant childEnd = childEvents.get(childEvents.size() - 1).timestamp();
        ended = childEnd.isAfter(ended) ? childEnd : ended;
        final ResumeDelays.Context context =
            new ResumeDelays.Context(
                Json.parse("{}"),
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.of(run.timestamp()));
        measures.add(
            () -> delays.add(child, onStopped(child, owners, stopped), childEvents, context));
        entities.add(child);
      }
      childrenEnded = Optional.of(ended);
    }
    final ResumeDelays.Context context =
        new ResumeDelays.Context(
            input,
            scenario.world().answers(arn),
            scenario.world().pickups(arn),
            childrenEnded,
            Optional.empty());
    measures.add(() -> delays.add(arn, onStopped(arn, owners, stopped), events, context));
    final boolean inFlight = events.get(events.size() - 1).timestamp().isAfter(stoppedAt);
    return new Checked(entities, inFlight, measures);
  }

  private static boolean onStopped(String arn, Map<String, Integer> owners, int stopped) {
    return owners.getOrDefault(FailoverScenario.shardOf(arn), -1) == stopped;
  }

  private static HistoryEvent first(List<HistoryEvent> events, String type) {
    return events.stream()
        .filter(e -> e.typeAsString().equals(type))
        .findFirst()
        .orElseThrow(() -> new AssertionError("Expected a " + type + " event"));
  }

  private static <T> T get(Future<T> f) throws Exception {
    try {
      return f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /** The histories of the executions that have not ended (at most ten), for a failure message. */
  private static String stuck(FailoverScenario scenario) {
    final StringBuilder out = new StringBuilder();
    int shown = 0;
    for (String arn : scenario.runs()) {
      final var d = scenario.cluster().call(c -> c.describeExecution(b -> b.executionArn(arn)));
      if (d.status() == ExecutionStatus.RUNNING && shown++ < 10) {
        out.append(arn).append('\n').append(story(OutsideWorld.history(scenario.cluster(), arn)));
      }
    }
    return out.toString();
  }

  static String story(List<HistoryEvent> events) {
    final StringBuilder out = new StringBuilder();
    for (HistoryEvent e : events) {
      out.append("  ")
          .append(e.id())
          .append(' ')
          .append(e.timestamp())
          .append(' ')
          .append(e.typeAsString());
      if (e.activityFailedEventDetails() != null) {
        out.append(' ').append(e.activityFailedEventDetails().error());
      }
      if (e.activityTimedOutEventDetails() != null) {
        out.append(' ').append(e.activityTimedOutEventDetails().error());
      }
      if (e.activityStartedEventDetails() != null) {
        out.append(' ').append(e.activityStartedEventDetails().workerName());
      }
      out.append('\n');
    }
    return out.toString();
  }
}
