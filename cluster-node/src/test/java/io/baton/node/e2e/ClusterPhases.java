package io.baton.node.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a failover was made of, read from the surviving nodes' logs: when they found the stopped
 * node unreachable, when the split brain resolver downed it, when it was removed, when its timer
 * slices restarted and when the wake-up pass over running executions ended, each as seconds after
 * the stop. The lines are the ones Akka and the node log at WARN/INFO by default.
 */
final class ClusterPhases {
  private record Line(Instant at, String text) {}

  private final Instant stop;
  private final List<Line> lines = new ArrayList<>();

  private ClusterPhases(Instant stop) {
    this.stop = stop;
  }

  /** Reads the logs of {@code survivors} from the stop on. */
  static ClusterPhases read(Instant stop, List<Path> survivors) throws IOException {
    final ClusterPhases phases = new ClusterPhases(stop);
    final ZoneId zone = ZoneId.systemDefault();
    final LocalDate day = LocalDate.ofInstant(stop, zone);
    for (Path log : survivors) {
      for (String text : Files.readAllLines(log)) {
        if (text.length() < 12 || text.charAt(2) != ':' || text.charAt(8) != '.') {
          continue;
        }
        Instant at = LocalTime.parse(text.substring(0, 12)).atDate(day).atZone(zone).toInstant();
        if (Duration.between(stop, at).toHours() < -12) {
          at = at.plus(Duration.ofDays(1));
        }
        if (!at.isBefore(stop.minusSeconds(1))) {
          phases.lines.add(new Line(at, text));
        }
      }
    }
    phases.lines.sort(java.util.Comparator.comparing(Line::at));
    return phases;
  }

  /** Seconds from the stop to the first line containing every one of {@code parts}. */
  Optional<Duration> first(String... parts) {
    return lines.stream()
        .filter(l -> java.util.Arrays.stream(parts).allMatch(l.text()::contains))
        .findFirst()
        .map(l -> Duration.between(stop, l.at()));
  }

  /** Seconds from the stop to the last line containing every one of {@code parts}. */
  Optional<Duration> last(String... parts) {
    return lines.stream()
        .filter(l -> java.util.Arrays.stream(parts).allMatch(l.text()::contains))
        .reduce((a, b) -> b)
        .map(l -> Duration.between(stop, l.at()));
  }

  /** "unreachable +3.9 s, downed +9.0 s, …" for the node at {@code address}. */
  String describe(String address) {
    return "unreachable "
        + at(first("Marking node as UNREACHABLE", address))
        + ", downed "
        + at(first("SBR took decision", address))
        + ", removed "
        + at(first(address, "left the cluster"))
        + ", timer slices restarted "
        + at(last("Timer slice", "started"))
        + ", wake-up pass done "
        + at(first("Woke", "running executions"));
  }

  private static String at(Optional<Duration> d) {
    return d.map(x -> "+" + ResumeDelays.seconds(x) + " s").orElse("-");
  }
}
