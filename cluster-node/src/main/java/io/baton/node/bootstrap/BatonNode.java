package io.baton.node.bootstrap;

import akka.actor.CoordinatedShutdown;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Props;
import akka.actor.typed.javadsl.Behaviors;
import akka.cluster.sharding.typed.ClusterShardingSettings;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.cluster.sharding.typed.javadsl.Entity;
import akka.cluster.sharding.typed.javadsl.ShardedDaemonProcess;
import com.typesafe.config.Config;
import io.baton.client.cli.RandomIds;
import io.baton.engine.IdSource;
import io.baton.engine.interpreter.Interpreter;
import io.baton.engine.json.Json;
import io.baton.engine.mock.MockConfig;
import io.baton.node.cluster.ClusterFormation;
import io.baton.node.cluster.ExecutionPlacement;
import io.baton.node.cluster.NodeLossRecovery;
import io.baton.node.cluster.NodeReadiness;
import io.baton.node.cluster.PauseFence;
import io.baton.node.cluster.ShardHosts;
import io.baton.node.db.Database;
import io.baton.node.entity.ExecutionCommands;
import io.baton.node.entity.ExecutionDeps;
import io.baton.node.entity.ExecutionEntity;
import io.baton.node.projection.ExecutionListing;
import io.baton.node.registry.ActivityStore;
import io.baton.node.registry.ExecutionIndex;
import io.baton.node.registry.StateMachineStore;
import io.baton.node.registry.TagStore;
import io.baton.node.service.PageTokens;
import io.baton.node.service.internal.NodeContext;
import io.baton.node.service.internal.NodeService;
import io.baton.node.task.ActivityQueue;
import io.baton.node.task.NodeTaskDispatcher;
import io.baton.node.task.TaskTokenCodec;
import io.baton.node.timer.TimerSliceWorker;
import io.baton.node.timer.TimerStore;
import io.baton.persistence.ListingTags;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Starts a Baton node: schema, actor system and cluster membership, the execution and activity
 * entities, the timer slices, the execution listing projections, the service and its gateways. With
 * no configuration it is a single-node cluster on an H2 file under ./data.
 */
public final class BatonNode {
  private BatonNode() {}

  public static RunningNode start(Config config) throws Exception {
    final NodeSettings settings = NodeSettings.from(config);
    final Database db =
        new Database(
            settings.dbUrl(), settings.dbUser(), settings.dbPassword(), settings.dbPoolSize());
    db.migrate();
    final String secret = Secrets.secret(settings, db);
    final ListingTags listingTags = ListingSlices.tags(settings, db);
    final ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "baton", config);
    try {
      ClusterFormation.start(system);
      PauseFence.start(system).ifPresent(fence -> system.getWhenTerminated().thenRun(fence::close));
    } catch (Exception e) {
      system.terminate();
      db.close();
      throw e;
    }
    final Clock clock = Clock.systemUTC();
    final IdSource ids = new RandomIds();
    final TaskTokenCodec tokens = new TaskTokenCodec(secret);
    final Optional<MockConfig> mocks = loadMocks(settings);
    final ClusterSharding sharding = ClusterSharding.get(system);
    final TimerStore timers = new TimerStore(db, settings.timerSlices());
    final ExecutionIndex index = new ExecutionIndex(db, listingTags);
    final ExecutionDeps deps =
        new ExecutionDeps(
            new Interpreter(tokens),
            ids,
            clock,
            timers,
            index,
            listingTags,
            new NodeTaskDispatcher(sharding, tokens, mocks),
            sharding,
            settings.waitTimeScale(),
            config.getInt("baton.executions.snapshot-every"),
            config.getDuration("baton.executions.passivate-ended-after"));
    sharding.init(
        Entity.of(
            ExecutionEntity.TYPE_KEY,
            ctx -> ExecutionEntity.create(ctx.getEntityId(), ctx.getShard(), deps)));
    sharding.init(
        Entity.of(
                ActivityQueue.TYPE_KEY,
                ctx ->
                    ActivityQueue.create(
                        (task, worker) ->
                            sharding
                                .entityRefFor(ExecutionEntity.TYPE_KEY, task.executionArn())
                                .<ExecutionCommands.Accepted>ask(
                                    r ->
                                        new ExecutionCommands.TaskUpdate(
                                            task.taskId(), "STARTED", null, null, null, worker, r),
                                    settings.askTimeout())
                                .thenApply(ExecutionCommands.Accepted::accepted)))
            .withSettings(ClusterShardingSettings.create(system).withNoPassivationStrategy()));
    startTimerSlices(system, sharding, timers, settings, clock);
    ExecutionListing.start(
        system,
        db,
        listingTags,
        new ExecutionListing.Grouping(settings.listingGroupSize(), settings.listingGroupWithin()));
    final NodeContext context =
        new NodeContext(
            system,
            sharding,
            settings,
            new StateMachineStore(db),
            index,
            new ActivityStore(db),
            new TagStore(db),
            tokens,
            new PageTokens(tokens, clock),
            clock,
            ids,
            placement(system, sharding, config.getDuration("baton.cluster.placement-refresh")),
            mocks);
    final NodeService service = new NodeService(context);
    final RunningNode node = new RunningNode(system, service, settings);
    node.onClose(db);
    node.onClose(service);
    Gateways.start(node, service, settings);
    startNodeLossRecovery(system, sharding, index, settings);
    NodeReadiness.get(system).markReady();
    CoordinatedShutdown.get(system)
        .addTask(
            CoordinatedShutdown.PhaseBeforeServiceUnbind(),
            "baton-not-ready",
            () -> {
              NodeReadiness.get(system).markStopping();
              return CompletableFuture.completedFuture(akka.Done.getInstance());
            });
    wakeRunning(sharding, index, settings);
    return node;
  }

  private static void startNodeLossRecovery(
      ActorSystem<Void> system,
      ClusterSharding sharding,
      ExecutionIndex index,
      NodeSettings settings) {
    final NodeLossRecovery.Waker waker =
        arn ->
            sharding
                .entityRefFor(ExecutionEntity.TYPE_KEY, arn)
                .ask(ExecutionCommands.Wake::new, settings.askTimeout().multipliedBy(3));
    final NodeLossRecovery.ShardLocations locations =
        () ->
            ShardHosts.of(system, sharding, ExecutionEntity.TYPE_KEY)
                .thenCombine(
                    ShardHosts.of(system, sharding, ActivityQueue.TYPE_KEY),
                    (executions, queues) ->
                        new NodeLossRecovery.Located(
                            executions,
                            queues.entrySet().stream()
                                .filter(e -> !e.getValue().isEmpty())
                                .map(Map.Entry::getKey)
                                .collect(java.util.stream.Collectors.toSet())));
    final int shards = system.settings().config().getInt("akka.cluster.sharding.number-of-shards");
    system.systemActorOf(
        NodeLossRecovery.create(
            index::runningLater,
            waker,
            locations,
            ShardHosts.shardOf(shards),
            system.settings().config().getInt("baton.cluster.wake-parallelism")),
        "baton-node-loss-recovery",
        Props.empty());
  }

  private static ExecutionPlacement placement(
      ActorSystem<Void> system, ClusterSharding sharding, Duration refresh) {
    return refresh.isZero()
        ? ExecutionPlacement.anywhere()
        : ExecutionPlacement.start(system, sharding, ExecutionEntity.TYPE_KEY, refresh);
  }

  private static void startTimerSlices(
      ActorSystem<Void> system,
      ClusterSharding sharding,
      TimerStore timers,
      NodeSettings settings,
      Clock clock) {
    final TimerSliceWorker.Delivery delivery =
        (executionId, timerId) ->
            sharding
                .entityRefFor(ExecutionEntity.TYPE_KEY, executionId)
                .<akka.Done>ask(
                    r -> new ExecutionCommands.FireTimer(timerId, r), settings.askTimeout());
    ShardedDaemonProcess.get(system)
        .init(
            Object.class,
            "baton-timers",
            settings.timerSlices(),
            slice ->
                TimerSliceWorker.create(
                    slice,
                    timers,
                    delivery,
                    clock,
                    settings.timerPollInterval(),
                    settings.timerBatchSize()));
  }

  /**
   * Executions that were running when the node stopped come back on their own when a timer or
   * answer reaches them; waking them here also regenerates timers and tasks whose writes were lost.
   */
  private static void wakeRunning(
      ClusterSharding sharding, ExecutionIndex index, NodeSettings settings) {
    final List<String> running = index.runningNow();
    for (String arn : running) {
      sharding
          .entityRefFor(ExecutionEntity.TYPE_KEY, arn)
          .<akka.Done>ask(ExecutionCommands.Wake::new, Duration.ofMinutes(1));
    }
  }

  private static Optional<MockConfig> loadMocks(NodeSettings settings) throws IOException {
    if (settings.mockConfig().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(MockConfig.parse(Json.parse(Files.readString(settings.mockConfig().get()))));
  }
}
