package io.baton.node.service.internal;

import akka.actor.typed.ActorSystem;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import io.baton.engine.IdSource;
import io.baton.engine.mock.MockConfig;
import io.baton.node.bootstrap.NodeSettings;
import io.baton.node.cluster.ExecutionPlacement;
import io.baton.node.registry.ActivityStore;
import io.baton.node.registry.ExecutionIndex;
import io.baton.node.registry.StateMachineStore;
import io.baton.node.registry.TagStore;
import io.baton.node.service.PageTokens;
import io.baton.node.task.TaskTokenCodec;
import java.time.Clock;
import java.util.Optional;

/** What the service implementation works with; built once by the node at start. */
public record NodeContext(
    ActorSystem<?> system,
    ClusterSharding sharding,
    NodeSettings settings,
    StateMachineStore machines,
    ExecutionIndex executions,
    ActivityStore activities,
    TagStore tags,
    TaskTokenCodec tokens,
    PageTokens pages,
    Clock clock,
    IdSource ids,
    ExecutionPlacement placement,
    Optional<MockConfig> mocks) {}
