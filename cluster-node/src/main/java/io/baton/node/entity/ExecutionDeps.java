package io.baton.node.entity;

import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import io.baton.engine.IdSource;
import io.baton.engine.interpreter.Interpreter;
import io.baton.node.registry.ExecutionIndex;
import io.baton.node.timer.TimerStore;
import io.baton.persistence.ListingTags;
import java.time.Clock;
import java.time.Duration;

/**
 * What an execution entity needs from the node; passed in, never looked up statically. An ended
 * execution stops {@code passivateEndedAfter} after it ended or was read back, to free its memory.
 */
public record ExecutionDeps(
    Interpreter interpreter,
    IdSource ids,
    Clock clock,
    TimerStore timers,
    ExecutionIndex index,
    ListingTags listingTags,
    TaskDispatcher tasks,
    ClusterSharding sharding,
    double waitTimeScale,
    int snapshotEvery,
    Duration passivateEndedAfter) {}
