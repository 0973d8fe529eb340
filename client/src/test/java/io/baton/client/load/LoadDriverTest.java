package io.baton.client.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The driver against stand-in nodes that answer each call 2 ms later: what it keeps in flight, how
 * it spreads starts, and how it counts failures and throttles. Durations are short, so the
 * assertions on counts leave room for a slow machine.
 */
class LoadDriverTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  @Test
  void shouldKeepTheConcurrencyInFlightAndSpreadStartsInTurn() throws Exception {
    // given
    final FakeTarget.InFlight both = new FakeTarget.InFlight();
    final FakeTarget a = new FakeTarget("a", 2, n -> "SUCCEEDED", both);
    final FakeTarget b = new FakeTarget("b", 2, n -> "SUCCEEDED", both);
    final LoadPlan plan =
        new LoadPlan(6, 0, Duration.ofMillis(100), Duration.ofMillis(400), 100, TIMEOUT);

    // when
    final LoadDriver driver = new LoadDriver(List.of(a, b), plan);
    final LoadStats stats = driver.run();

    // then: 6 in flight over both targets, never more, and starts alternate between them
    assertThat(both.max()).isEqualTo(6);
    assertThat(Math.abs(a.starts() - b.starts())).isLessThanOrEqualTo(1);
    final long succeeded =
        stats.endpoints().get("a").succeeded() + stats.endpoints().get("b").succeeded();
    assertThat(succeeded).isGreaterThan(50);
    assertThat(stats.latencies().count()).isEqualTo((int) succeeded);
    assertThat(stats.latencies().summary().min()).isGreaterThanOrEqualTo(4.0);
    assertThat(driver.inFlight()).isZero();
    a.close();
    b.close();
  }

  @Test
  void shouldCountFailedExecutionsAsErrorsAndRefusedStartsAsThrottles() throws Exception {
    // given: every 4th start is throttled, every 4th execution (offset 1) fails
    final FakeTarget a =
        new FakeTarget("a", 2, n -> n % 4 == 0 ? "THROTTLED" : n % 4 == 1 ? "FAILED" : "SUCCEEDED");
    final LoadPlan plan = new LoadPlan(4, 0, Duration.ZERO, Duration.ofMillis(400), 100, TIMEOUT);

    // when
    final LoadStats stats = new LoadDriver(List.of(a), plan).run();

    // then
    final LoadStats.EndpointCounts counts = stats.endpoints().get("a");
    assertThat(counts.throttles()).isGreaterThan(5);
    assertThat(counts.errors()).isGreaterThan(5);
    assertThat(counts.succeeded()).isGreaterThan(counts.errors());
    assertThat(stats.errorKinds()).containsOnlyKeys("FAILED Boom");
    a.close();
  }

  @Test
  void shouldStartAtTheRateInOpenLoop() throws Exception {
    // given: 200 starts/s for 1 s after a 200 ms warm-up
    final FakeTarget a = new FakeTarget("a", 2, n -> "SUCCEEDED");
    final LoadPlan plan =
        new LoadPlan(0, 200, Duration.ofMillis(200), Duration.ofSeconds(1), 1000, TIMEOUT);

    // when
    final LoadStats stats = new LoadDriver(List.of(a), plan).run();

    // then
    final double seconds = stats.windowNanos() / 1e9;
    final double rate = stats.endpoints().get("a").succeeded() / seconds;
    assertThat(rate).isBetween(150.0, 250.0);
    assertThat(a.starts()).isBetween(180, 300);
    a.close();
  }

  @Test
  void shouldSkipStartsPastTheInFlightLimit() throws Exception {
    // given: executions take 100 ms (start + await), so 200/s would need 20 in flight; allow 5
    final FakeTarget slow = new FakeTarget("a", 50, n -> "SUCCEEDED");
    final LoadPlan plan = new LoadPlan(0, 200, Duration.ZERO, Duration.ofMillis(500), 5, TIMEOUT);

    // when
    final LoadStats stats = new LoadDriver(List.of(slow), plan).run();

    // then
    assertThat(slow.maxInFlight()).isLessThanOrEqualTo(5);
    assertThat(stats.skippedCount()).isGreaterThan(20);
    slow.close();
  }
}
