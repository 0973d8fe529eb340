package io.baton.node.service.internal;

import io.baton.node.registry.StateMachineRecord;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * State machines as StartExecution reads them, kept for a moment so that a burst of starts reads
 * the table once instead of once per execution.
 *
 * <ul>
 *   <li>This node forgets a machine as soon as it updates or deletes it.
 *   <li>Another node may start executions with the previous revision for up to {@code ttl} after an
 *       update or delete, as AWS documents for UpdateStateMachine and DeleteStateMachine.
 *   <li>Only machines that exist are kept: a machine created on any node can be started at once.
 *   <li>A zero {@code ttl} keeps nothing.
 * </ul>
 */
final class RecentMachines {
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(StateMachineRecord machine, long until) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  // Bumped by every forget, so that a read that started before an update cannot keep the old
  // revision after it.
  private final AtomicLong forgets = new AtomicLong();
  private final long ttlNanos;
  private final LongSupplier nanoTime;

  RecentMachines(Duration ttl, LongSupplier nanoTime) {
    this.ttlNanos = ttl.toNanos();
    this.nanoTime = nanoTime;
  }

  CompletionStage<StateMachineRecord> get(
      String arn, Function<String, CompletionStage<StateMachineRecord>> load) {
    final long now = nanoTime.getAsLong();
    final long generation = forgets.get();
    final Entry entry = entries.get(arn);
    if (entry != null && now - entry.until() < 0) {
      return java.util.concurrent.CompletableFuture.completedFuture(entry.machine());
    }
    return load.apply(arn)
        .thenApply(
            machine -> {
              if (ttlNanos > 0 && forgets.get() == generation) {
                if (entries.size() >= MAX_ENTRIES) {
                  entries.clear();
                }
                entries.put(arn, new Entry(machine, now + ttlNanos));
              }
              return machine;
            });
  }

  void forget(String arn) {
    forgets.incrementAndGet();
    entries.remove(arn);
  }
}
