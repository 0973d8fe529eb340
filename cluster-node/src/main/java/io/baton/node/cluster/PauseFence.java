package io.baton.node.cluster;

import akka.actor.typed.ActorSystem;
import akka.cluster.typed.Cluster;
import com.typesafe.config.Config;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops this node at once when it finds it was frozen (SIGSTOP, a paused VM, a very long garbage
 * collection) for longer than the rest of the cluster waits before it downs a silent member.
 *
 * <ul>
 *   <li>Why: after such a freeze the others have likely downed this node and started its
 *       executions, timer slices and shard coordinator elsewhere, so all it holds in memory is
 *       stale. Left running, it acts on that state for the seconds its own split brain resolver
 *       needs to see it is alone: its entities write journals (refused only at sequence numbers
 *       another node already took), its coordinator answers shard locations it no longer owns.
 *   <li>How: a daemon thread reads the monotonic clock every {@link #TICK}; a gap longer than the
 *       limit means the process did not run. The JVM halts with {@link #EXIT_CODE}, skipping
 *       shutdown hooks (which would run on the same stale state), so that a supervisor starts it
 *       again as a new member.
 *   <li>The limit ({@code baton.cluster.pause-limit}) defaults to the failure detector's acceptable
 *       pause plus the resolver's stable-after: a shorter freeze cannot have got this node downed.
 *       A node alone in its cluster only logs the freeze.
 *   <li>The journal asks {@link #beforeWrite()} before every write: after SIGCONT an entity can run
 *       and persist before the daemon thread's next look, so the write path looks at the clock
 *       itself and halts instead of writing.
 * </ul>
 */
public final class PauseFence implements AutoCloseable {
  /** EX_TEMPFAIL: stopped on purpose, start it again. */
  public static final int EXIT_CODE = 75;

  static final Duration TICK = Duration.ofMillis(100);
  private static final Logger LOG = LoggerFactory.getLogger(PauseFence.class);

  private final Duration limit;
  private final LongSupplier nanoTime;
  private final BooleanSupplier alone;
  private final IntConsumer halt;
  private volatile long last;
  private volatile boolean running = true;

  /** The fence of this process's node, for the journal's write path; empty when off. */
  private static volatile Optional<PauseFence> active = Optional.empty();

  PauseFence(Duration limit, LongSupplier nanoTime, BooleanSupplier alone, IntConsumer halt) {
    this.limit = limit;
    this.nanoTime = nanoTime;
    this.alone = alone;
    this.halt = halt;
    this.last = nanoTime.getAsLong();
  }

  /** Starts the fence for {@code system}, unless {@code baton.cluster.pause-limit} is off. */
  public static Optional<PauseFence> start(ActorSystem<?> system) {
    final Optional<Duration> limit = limit(system.settings().config());
    if (limit.isEmpty()) {
      return Optional.empty();
    }
    final Cluster cluster = Cluster.get(system);
    final PauseFence fence =
        new PauseFence(
            limit.get(),
            System::nanoTime,
            () ->
                StreamSupport.stream(cluster.state().getMembers().spliterator(), false).count() < 2,
            status -> Runtime.getRuntime().halt(status));
    final Thread thread = new Thread(fence::run, "baton-pause-fence");
    thread.setDaemon(true);
    thread.start();
    active = Optional.of(fence);
    return Optional.of(fence);
  }

  /** {@code auto}: acceptable-heartbeat-pause + stable-after; {@code off}; or a duration. */
  static Optional<Duration> limit(Config config) {
    final String value = config.getString("baton.cluster.pause-limit").trim();
    if (value.equals("off")) {
      return Optional.empty();
    }
    if (value.equals("auto")) {
      return Optional.of(
          config
              .getDuration("akka.cluster.failure-detector.acceptable-heartbeat-pause")
              .plus(config.getDuration("akka.cluster.split-brain-resolver.stable-after")));
    }
    return Optional.of(config.getDuration("baton.cluster.pause-limit"));
  }

  private void run() {
    while (running) {
      try {
        Thread.sleep(TICK.toMillis());
      } catch (InterruptedException e) {
        return;
      }
      check();
    }
  }

  /**
   * Called before a journal write: halts when the fence's thread has not looked at the clock for
   * longer than the limit, which means this process was frozen and has not noticed yet.
   */
  public static void beforeWrite() {
    active.ifPresent(PauseFence::checkWithoutTicking);
  }

  /** The write path's look: a gap since the thread's last look, without moving that look on. */
  void checkWithoutTicking() {
    if (Duration.ofNanos(nanoTime.getAsLong() - last).compareTo(limit) > 0) {
      check();
    }
  }

  /** One look at the clock: halts when the gap since the last look exceeds the limit. */
  synchronized void check() {
    final long now = nanoTime.getAsLong();
    final Duration gap = Duration.ofNanos(now - last);
    last = now;
    if (gap.compareTo(limit) <= 0) {
      return;
    }
    if (alone.getAsBoolean()) {
      LOG.warn(
          "This node did not run for {} ms; it is alone in its cluster, so it goes on",
          gap.toMillis());
      return;
    }
    final String message =
        "This node did not run for "
            + gap.toMillis()
            + " ms, longer than the cluster waits before it downs a silent member ("
            + limit.toMillis()
            + " ms): its executions have likely moved to other nodes, so it stops now (exit code "
            + EXIT_CODE
            + ") rather than act on stale state";
    LOG.error(message);
    // The halt skips shutdown hooks, so the logging backend may not flush: say it on stderr too.
    System.err.println(message);
    System.err.flush();
    halt.accept(EXIT_CODE);
  }

  @Override
  public void close() {
    running = false;
    active = Optional.empty();
  }
}
