package io.baton.node.entity;

import akka.actor.typed.ActorRef;
import akka.actor.typed.javadsl.ActorContext;
import io.baton.engine.execution.ExecutionState;
import io.baton.engine.execution.Frame;
import io.baton.node.entity.ExecutionCommands.Command;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An execution entity's branch children ({@link BranchActor}), one per Parallel branch or inline
 * Map iteration that is running, keyed by frame path. They are derived from state after every
 * decision and after recovery, so a restarted entity spawns exactly the branches that were running;
 * Map iterations are bounded by MaxConcurrency because the engine starts no more frames than that.
 * A branch that starts and ends within one decision (a Map of Pass states) never needs an actor.
 */
final class Branches {
  private final ActorContext<Command> ctx;
  private final TaskDispatcher tasks;
  private final Map<String, ActorRef<Command>> running = new HashMap<>();
  private long spawned;

  Branches(ActorContext<Command> ctx, TaskDispatcher tasks) {
    this.ctx = ctx;
    this.tasks = tasks;
  }

  /** Spawns a child for each running branch without one, and stops those whose branch is gone. */
  void reconcile(ExecutionState execution) {
    if (execution.status().isTerminal()) {
      running.values().forEach(ctx::stop);
      running.clear();
      return;
    }
    if (running.isEmpty() && execution.frames().size() <= 1) {
      return;
    }
    final Set<String> live = new HashSet<>();
    for (Frame frame : execution.frames()) {
      if (!frame.isRoot()) {
        live.add(frame.path());
        running.computeIfAbsent(frame.path(), this::spawn);
      }
    }
    running
        .entrySet()
        .removeIf(
            e -> {
              if (live.contains(e.getKey())) {
                return false;
              }
              ctx.stop(e.getValue());
              return true;
            });
  }

  /** The child running branch {@code framePath}, if that is a running branch. */
  Optional<ActorRef<Command>> of(String framePath) {
    return framePath == null || framePath.isEmpty()
        ? Optional.empty()
        : Optional.ofNullable(running.get(framePath));
  }

  boolean isEmpty() {
    return running.isEmpty();
  }

  /** The frame paths of the running branch children, sorted. */
  List<String> paths() {
    return running.keySet().stream().sorted().toList();
  }

  private ActorRef<Command> spawn(String framePath) {
    // A path can run again later (a Map inside a loop) while its old child is still stopping,
    // so each child's name is unique.
    final String name = "branch-" + framePath.replace('/', '.') + "-" + (++spawned);
    return ctx.spawn(BranchActor.create(ctx.getSelf(), tasks), name);
  }
}
