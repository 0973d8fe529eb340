package io.baton.node.service.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.node.registry.StateMachineRecord;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RecentMachinesTest {
  private static final String ARN = "arn:aws:states:us-east-1:123456789012:stateMachine:m";

  private final AtomicLong now = new AtomicLong();
  private final AtomicInteger reads = new AtomicInteger();
  private final Function<String, CompletionStage<StateMachineRecord>> table =
      arn -> {
        final int n = reads.incrementAndGet();
        return CompletableFuture.completedFuture(machine("rev-" + n));
      };

  @Test
  void shouldReadTheTableOnceWithinTheTtl() {
    // given
    final RecentMachines recent = new RecentMachines(Duration.ofSeconds(1), now::get);

    // when
    final StateMachineRecord first = join(recent.get(ARN, table));
    now.addAndGet(Duration.ofMillis(999).toNanos());
    final StateMachineRecord second = join(recent.get(ARN, table));

    // then
    assertThat(reads).hasValue(1);
    assertThat(second).isSameAs(first);
  }

  @Test
  void shouldReadAgainOnceTheTtlHasPassed() {
    // given
    final RecentMachines recent = new RecentMachines(Duration.ofSeconds(1), now::get);
    join(recent.get(ARN, table));

    // when
    now.addAndGet(Duration.ofSeconds(1).toNanos());
    final StateMachineRecord later = join(recent.get(ARN, table));

    // then
    assertThat(reads).hasValue(2);
    assertThat(later.revisionId()).isEqualTo("rev-2");
  }

  @Test
  void shouldReadAgainAfterThisNodeForgetsTheMachine() {
    // given
    final RecentMachines recent = new RecentMachines(Duration.ofSeconds(1), now::get);
    join(recent.get(ARN, table));

    // when
    recent.forget(ARN);
    final StateMachineRecord after = join(recent.get(ARN, table));

    // then
    assertThat(after.revisionId()).isEqualTo("rev-2");
  }

  @Test
  void shouldNotKeepAReadThatAnUpdateOvertook() {
    // given: a read still waiting for the table when the machine is updated
    final RecentMachines recent = new RecentMachines(Duration.ofSeconds(1), now::get);
    final CompletableFuture<StateMachineRecord> slow = new CompletableFuture<>();
    final CompletionStage<StateMachineRecord> reading = recent.get(ARN, arn -> slow);

    // when
    recent.forget(ARN);
    slow.complete(machine("old"));
    final StateMachineRecord next = join(recent.get(ARN, table));

    // then
    assertThat(join(reading).revisionId()).isEqualTo("old");
    assertThat(next.revisionId()).isEqualTo("rev-1");
  }

  @Test
  void shouldKeepNothingWithAZeroTtl() {
    // given
    final RecentMachines recent = new RecentMachines(Duration.ZERO, now::get);

    // when
    join(recent.get(ARN, table));
    join(recent.get(ARN, table));

    // then
    assertThat(reads).hasValue(2);
  }

  private static StateMachineRecord machine(String revision) {
    return new StateMachineRecord(ARN, "m", "STANDARD", "role", "{}", revision, 0, 0);
  }

  private static StateMachineRecord join(CompletionStage<StateMachineRecord> stage) {
    return stage.toCompletableFuture().join();
  }
}
