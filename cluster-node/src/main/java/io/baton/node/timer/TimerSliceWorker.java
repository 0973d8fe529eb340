package io.baton.node.timer;

import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;

/**
 * Owns one slice of the timers table (one instance per slice runs in the cluster, under
 * ShardedDaemonProcess, and moves to a survivor when its node goes). Every poll interval it loads
 * the due timers, wakes each execution through sharding and deletes the row once the execution has
 * acknowledged it. Delivery is at-least-once; executions ignore timers they no longer await.
 */
public final class TimerSliceWorker {
  /** Delivers a due timer to its execution; completes when the execution has taken it. */
  public interface Delivery extends BiFunction<String, String, CompletionStage<?>> {}

  private sealed interface Message {}

  private record Tick() implements Message {}

  private record Loaded(List<TimerStore.DueTimer> timers) implements Message {}

  private record Done() implements Message {}

  private TimerSliceWorker() {}

  public static Behavior<Object> create(
      int slice,
      TimerStore store,
      Delivery delivery,
      Clock clock,
      Duration interval,
      int batchSize) {
    return Behaviors.<Object>setup(
            ctx ->
                Behaviors.withTimers(
                    timers -> {
                      // Logged so that a slice's move to a survivor after a node loss shows.
                      ctx.getLog().info("Timer slice {} started", slice);
                      timers.startTimerWithFixedDelay(new Tick(), interval);
                      // A slice that moved here after a node loss has overdue timers: poll now.
                      ctx.getSelf().tell(new Tick());
                      return idle(ctx, slice, store, delivery, clock, batchSize);
                    }))
        .narrow();
  }

  private static Behavior<Object> idle(
      ActorContext<Object> ctx,
      int slice,
      TimerStore store,
      Delivery delivery,
      Clock clock,
      int batch) {
    return Behaviors.receive(Object.class)
        .onMessage(
            Tick.class,
            t -> {
              ctx.pipeToSelf(
                  store.due(slice, clock.instant(), batch),
                  (rows, error) -> error == null ? new Loaded(rows) : new Done());
              return busy(ctx, slice, store, delivery, clock, batch);
            })
        .onAnyMessage(m -> Behaviors.same())
        .build();
  }

  private static Behavior<Object> busy(
      ActorContext<Object> ctx,
      int slice,
      TimerStore store,
      Delivery delivery,
      Clock clock,
      int batch) {
    return Behaviors.receive(Object.class)
        .onMessage(
            Loaded.class,
            loaded -> {
              if (loaded.timers().isEmpty()) {
                return idle(ctx, slice, store, delivery, clock, batch);
              }
              final CompletionStage<?>[] acks = new CompletionStage<?>[loaded.timers().size()];
              for (int i = 0; i < acks.length; i++) {
                final TimerStore.DueTimer t = loaded.timers().get(i);
                acks[i] =
                    delivery
                        .apply(t.executionId(), t.timerId())
                        .thenCompose(ack -> store.delete(t.executionId(), t.timerId()))
                        .exceptionally(e -> null);
              }
              ctx.pipeToSelf(
                  java.util.concurrent.CompletableFuture.allOf(
                      java.util.Arrays.stream(acks)
                          .map(CompletionStage::toCompletableFuture)
                          .toArray(java.util.concurrent.CompletableFuture[]::new)),
                  (ok, error) -> new Done());
              return busy(ctx, slice, store, delivery, clock, batch);
            })
        .onMessage(Done.class, d -> idle(ctx, slice, store, delivery, clock, batch))
        .onAnyMessage(m -> Behaviors.same())
        .build();
  }
}
