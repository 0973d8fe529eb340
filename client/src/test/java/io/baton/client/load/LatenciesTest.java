package io.baton.client.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LatenciesTest {
  private static final long MS = 1_000_000L;

  @Test
  void shouldGiveNearestRankPercentilesWhateverTheOrderOfArrival() {
    // given: 1..100 ms, shuffled
    final List<Long> values = new ArrayList<>();
    for (long i = 1; i <= 100; i++) {
      values.add(i * MS);
    }
    Collections.shuffle(values, new Random(7));
    final Latencies latencies = new Latencies();

    // when
    values.forEach(latencies::add);
    final Latencies.Summary s = latencies.summary();

    // then
    assertThat(s.count()).isEqualTo(100);
    assertThat(s.p50()).isEqualTo(50.0);
    assertThat(s.p90()).isEqualTo(90.0);
    assertThat(s.p99()).isEqualTo(99.0);
    assertThat(s.max()).isEqualTo(100.0);
    assertThat(s.min()).isEqualTo(1.0);
    assertThat(s.mean()).isCloseTo(50.5, within(1e-9));
  }

  @Test
  void shouldRoundARankUpToTheNextSample() {
    // given: 3 samples; the 50th percentile is the 2nd (rank ceil(1.5)), the 99th the 3rd
    final Latencies latencies = new Latencies();
    latencies.add(30 * MS);
    latencies.add(10 * MS);
    latencies.add(20 * MS);

    // when
    final Latencies.Summary s = latencies.summary();

    // then
    assertThat(s.p50()).isEqualTo(20.0);
    assertThat(s.p90()).isEqualTo(30.0);
    assertThat(s.p99()).isEqualTo(30.0);
  }

  @Test
  void shouldShowASingleOutlierOnlyAtTheTop() {
    // given: 999 fast executions and one slow one
    final Latencies latencies = new Latencies();
    for (int i = 0; i < 999; i++) {
      latencies.add(2 * MS);
    }
    latencies.add(500 * MS);

    // when
    final Latencies.Summary s = latencies.summary();

    // then
    assertThat(s.p99()).isEqualTo(2.0);
    assertThat(s.max()).isEqualTo(500.0);
  }

  @Test
  void shouldKeepEverySamplePastItsFirstArray() {
    // given
    final Latencies latencies = new Latencies();

    // when
    for (long i = 1; i <= 10_000; i++) {
      latencies.add(i * MS);
    }

    // then
    assertThat(latencies.count()).isEqualTo(10_000);
    assertThat(latencies.summary().p99()).isEqualTo(9_900.0);
    assertThat(latencies.summary().max()).isEqualTo(10_000.0);
  }

  @Test
  void shouldBeAllZeroWithoutSamples() {
    // when
    final Latencies.Summary s = new Latencies().summary();

    // then
    assertThat(s).isEqualTo(new Latencies.Summary(0, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void shouldTakeTheSmallestSampleForTheZerothPercentile() {
    // when
    final long p0 = Latencies.percentile(new long[] {4, 5, 6}, 0);

    // then
    assertThat(p0).isEqualTo(4);
  }
}
