package io.baton.node.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * How long each execution waited, after a node was stopped, for its next step.
 *
 * <p>For an execution that had not ended when the node was stopped, its <em>next event</em> is the
 * first event recorded at or after the stop, and its <em>resume delay</em> is the time from
 * max(stop, when that step was due) to that event. When a step was due follows from its history and
 * from the outside world's records:
 *
 * <ul>
 *   <li>a Wait state ends: when it was entered plus its seconds (or at its timestamp);
 *   <li>a task is scheduled again after a failure: the failure plus the retry interval;
 *   <li>a task answer is recorded: when the callback service or the worker sent it;
 *   <li>an activity is handed to a worker: when it was scheduled, or when the worker that took it
 *       became free, whichever is later; it times out: when it was scheduled plus its timeout (a
 *       worker whose poll answer was lost with a node never got it);
 *   <li>a Distributed Map run ends: when its last child execution ended; a child starts: when its
 *       parent started the map run.
 * </ul>
 *
 * Any other next event counts as due at the stop, which can only overstate the delay.
 */
final class ResumeDelays {
  /** One execution's next step after the stop. */
  record Resume(
      String execution,
      String event,
      Instant due,
      Instant at,
      boolean onStoppedNode,
      List<HistoryEvent> history) {
    Duration delay() {
      return Duration.between(due, at);
    }
  }

  /** What the rules need besides the history. */
  record Context(
      JsonNode input,
      List<Instant> answers,
      List<OutsideWorld.Pickup> pickups,
      Optional<Instant> childrenEnded,
      Optional<Instant> mapRunStarted) {}

  private final Instant stop;
  private final List<Resume> resumes = new ArrayList<>();
  private int unclassified;

  ResumeDelays(Instant stop) {
    this.stop = stop;
  }

  /** Measures one execution; one that had ended before the stop adds nothing. */
  void add(String execution, boolean onStoppedNode, List<HistoryEvent> events, Context context) {
    for (int i = 0; i < events.size(); i++) {
      final HistoryEvent e = events.get(i);
      if (!e.timestamp().isBefore(stop)) {
        final Optional<Instant> due = due(events, i, context);
        if (due.isEmpty()) {
          unclassified++;
        }
        final Instant from = due.filter(d -> d.isAfter(stop)).orElse(stop);
        resumes.add(
            new Resume(execution, e.typeAsString(), from, e.timestamp(), onStoppedNode, events));
        return;
      }
    }
  }

  private static Optional<Instant> due(List<HistoryEvent> events, int at, Context context) {
    final HistoryEvent e = events.get(at);
    switch (e.typeAsString()) {
      case "WaitStateExited":
        return waitEntered(events, at)
            .map(
                entered ->
                    FailoverMachines.waitDue(
                        e.stateExitedEventDetails().name(), entered, context.input()));
      case "TaskScheduled":
      case "ActivityScheduled":
        return last(events, at, "TaskFailed", "ActivityFailed", "ActivityTimedOut", "TaskTimedOut")
            .map(failed -> failed.plus(FailoverMachines.RETRY_INTERVAL));
      case "TaskSucceeded":
      case "TaskFailed":
      case "ActivitySucceeded":
      case "ActivityFailed":
        return last(events, at, "TaskScheduled", "ActivityScheduled", "ActivityStarted")
            .flatMap(asked -> context.answers().stream().filter(a -> a.isAfter(asked)).findFirst());
      case "ActivityStarted":
        return last(events, at, "ActivityScheduled")
            .map(
                scheduled ->
                    context.pickups().stream()
                        .filter(p -> !p.at().isBefore(scheduled))
                        .findFirst()
                        .map(p -> p.freeSince().isAfter(scheduled) ? p.freeSince() : scheduled)
                        .orElse(scheduled));
      case "ActivityTimedOut":
        // A worker that took the task and never answered (its poll's answer was lost with the
        // node that served it) leaves it to the timeout, as on AWS.
        return last(events, at, "ActivityScheduled")
            .map(scheduled -> scheduled.plus(FailoverMachines.ACTIVITY_TIMEOUT));
      case "MapRunSucceeded":
        return context.childrenEnded();
      case "ExecutionStarted":
        return context.mapRunStarted();
      default:
        return Optional.empty();
    }
  }

  /** When the Wait state that event {@code at} leaves was entered (first in, first out by name). */
  private static Optional<Instant> waitEntered(List<HistoryEvent> events, int at) {
    final Map<String, Deque<Instant>> open = new HashMap<>();
    for (int i = 0; i < at; i++) {
      final HistoryEvent e = events.get(i);
      if (e.typeAsString().equals("WaitStateEntered")) {
        open.computeIfAbsent(e.stateEnteredEventDetails().name(), k -> new ArrayDeque<>())
            .add(e.timestamp());
      } else if (e.typeAsString().equals("WaitStateExited")) {
        final Deque<Instant> q = open.get(e.stateExitedEventDetails().name());
        if (q != null) {
          q.poll();
        }
      }
    }
    final Deque<Instant> q = open.get(events.get(at).stateExitedEventDetails().name());
    return q == null || q.isEmpty() ? Optional.empty() : Optional.of(q.peek());
  }

  private static Optional<Instant> last(List<HistoryEvent> events, int at, String... types) {
    for (int i = at - 1; i >= 0; i--) {
      for (String type : types) {
        if (events.get(i).typeAsString().equals(type)) {
          return Optional.of(events.get(i).timestamp());
        }
      }
    }
    return Optional.empty();
  }

  List<Resume> all() {
    return List.copyOf(resumes);
  }

  List<Resume> onStoppedNode() {
    return resumes.stream().filter(Resume::onStoppedNode).toList();
  }

  /**
   * When the stopped node's executions came back: the first next event, after the stop, of one of
   * them that was due within a second of the stop (so it waited for the failover, not its due
   * time).
   */
  Optional<Duration> firstResumedOnSurvivors() {
    return onStoppedNode().stream()
        .filter(r -> !r.due().isAfter(stop.plusSeconds(1)))
        .map(r -> Duration.between(stop, r.at()))
        .min(Comparator.naturalOrder());
  }

  int unclassified() {
    return unclassified;
  }

  static Duration max(List<Resume> resumes) {
    return resumes.stream().map(Resume::delay).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
  }

  /** The nearest-rank percentile of the delays ({@code p} in 0..100). */
  static Duration percentile(List<Resume> resumes, double p) {
    if (resumes.isEmpty()) {
      return Duration.ZERO;
    }
    final List<Duration> sorted = resumes.stream().map(Resume::delay).sorted().toList();
    final int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  /** "n=…, p50 …, p99 …, max … s" for a report line. */
  static String describe(List<Resume> resumes) {
    return "n="
        + resumes.size()
        + ", p50 "
        + seconds(percentile(resumes, 50))
        + ", p99 "
        + seconds(percentile(resumes, 99))
        + ", max "
        + seconds(max(resumes))
        + " s";
  }

  /** The slowest few, to say what waited longest; the slowest one's history too. */
  static String worst(List<Resume> resumes, int count) {
    final StringBuilder out = new StringBuilder();
    resumes.stream()
        .sorted(Comparator.comparing(Resume::delay).reversed())
        .limit(count)
        .forEach(
            r ->
                out.append("  ")
                    .append(seconds(r.delay()))
                    .append(" s ")
                    .append(r.event())
                    .append(r.onStoppedNode() ? " (stopped node) " : " ")
                    .append(r.execution())
                    .append('\n'));
    resumes.stream()
        .max(Comparator.comparing(Resume::delay))
        .ifPresent(r -> out.append(FailoverVerdict.story(r.history())));
    return out.toString();
  }

  static String seconds(Duration d) {
    return String.format(java.util.Locale.ROOT, "%.2f", d.toMillis() / 1000.0);
  }
}
