package io.baton.node.service.internal;

import io.baton.engine.definition.parse.DefinitionParser;
import io.baton.engine.execution.ExecutionInfo;
import io.baton.engine.interpreter.Interpreter;
import io.baton.engine.json.Json;
import io.baton.engine.mock.MockTaskInvoker;
import io.baton.engine.runner.ExecutionResult;
import io.baton.engine.runner.LocalRunner;
import io.baton.engine.runner.TaskInvoker;
import io.baton.engine.runner.TaskOutcome;
import io.baton.node.registry.StateMachineRecord;
import io.baton.node.service.Names;
import io.baton.node.service.ServiceModel.Execution;
import io.baton.node.service.ServiceModel.ExecutionStatus;
import io.baton.node.service.ServiceModel.SyncExecution;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * EXPRESS executions: run in memory on the receiving node without a journal (at-most-once), for at
 * most five minutes, as AWS runs them.
 */
final class ExpressOps implements AutoCloseable {
  static final Duration LIMIT = Duration.ofMinutes(5);
  private final NodeContext node;

  /** EXPRESS runs at once on this node; beyond that the node answers ThrottlingException. */
  static final int MAX_RUNNING = 256;

  private final ExecutorService pool =
      new java.util.concurrent.ThreadPoolExecutor(
          0,
          MAX_RUNNING,
          60,
          TimeUnit.SECONDS,
          new java.util.concurrent.SynchronousQueue<>(),
          r -> {
            final Thread t = new Thread(r, "baton-express");
            t.setDaemon(true);
            return t;
          });
  private final java.util.concurrent.ScheduledExecutorService deadlines =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            final Thread t = new Thread(r, "baton-express-deadline");
            t.setDaemon(true);
            return t;
          });

  ExpressOps(NodeContext node) {
    this.node = node;
  }

  /** An EXPRESS execution's ARN: unique per run, as AWS makes them. */
  String arn(StateMachineRecord machine, String name) {
    return "arn:aws:states:"
        + node.settings().region()
        + ":"
        + node.settings().account()
        + ":express:"
        + machine.name()
        + ":"
        + name
        + ":"
        + node.ids().newUuid();
  }

  CompletionStage<SyncExecution> run(
      StateMachineRecord machine,
      String arn,
      String name,
      String input,
      Optional<String> testCase) {
    final Instant start = node.clock().instant();
    final CompletableFuture<SyncExecution> result = new CompletableFuture<>();
    final java.util.concurrent.Future<?> work;
    try {
      work =
          pool.submit(
              () -> {
                try {
                  result.complete(execute(machine, arn, name, input, testCase, start));
                } catch (RuntimeException e) {
                  result.complete(
                      ended(
                          machine,
                          arn,
                          name,
                          input,
                          start,
                          ExecutionStatus.FAILED,
                          "States.Runtime",
                          String.valueOf(e.getMessage())));
                }
              });
    } catch (java.util.concurrent.RejectedExecutionException e) {
      return CompletableFuture.failedFuture(
          new io.baton.node.service.BatonException(
              "ThrottlingException", "Too many EXPRESS executions are running on this node"));
    }
    // At the limit the run is stopped (its thread interrupted) and reported as timed out.
    deadlines.schedule(
        () -> {
          if (result.complete(
              ended(
                  machine,
                  arn,
                  name,
                  input,
                  start,
                  ExecutionStatus.TIMED_OUT,
                  "States.Timeout",
                  "The EXPRESS execution ran longer than five minutes"))) {
            work.cancel(true);
          }
        },
        LIMIT.toMillis(),
        TimeUnit.MILLISECONDS);
    return result;
  }

  private SyncExecution execute(
      StateMachineRecord machine,
      String arn,
      String name,
      String input,
      Optional<String> testCase,
      Instant start) {
    final LocalRunner runner =
        new LocalRunner(
            new Interpreter(node.tokens()),
            invoker(machine, testCase),
            node.ids(),
            d -> Thread.sleep(d.toMillis()),
            node.settings().waitTimeScale());
    final ExecutionResult r =
        runner.run(
            DefinitionParser.parse(Json.parse(machine.definition())),
            new ExecutionInfo(
                arn,
                name,
                machine.arn(),
                machine.name(),
                machine.roleArn(),
                Json.parse(input),
                start,
                0));
    final Instant stop = node.clock().instant();
    final ExecutionStatus status =
        r.status() == io.baton.engine.execution.ExecutionStatus.RUNNING
            ? ExecutionStatus.FAILED
            : ExecutionStatus.valueOf(r.status().name());
    return new SyncExecution(
        new Execution(
            arn,
            machine.arn(),
            name,
            status,
            start,
            Optional.of(stop),
            input,
            r.output().map(Json::write),
            r.status() == io.baton.engine.execution.ExecutionStatus.RUNNING
                ? Optional.of("States.Runtime")
                : r.error(),
            r.status() == io.baton.engine.execution.ExecutionStatus.RUNNING
                ? Optional.of(
                    "The execution waits for a task answer that an EXPRESS run cannot receive")
                : r.cause(),
            machine.revisionId()),
        Math.max(100, ((Duration.between(start, stop).toMillis() + 99) / 100) * 100),
        64);
  }

  private SyncExecution ended(
      StateMachineRecord machine,
      String arn,
      String name,
      String input,
      Instant start,
      ExecutionStatus status,
      String error,
      String cause) {
    final Instant stop = node.clock().instant();
    return new SyncExecution(
        new Execution(
            arn,
            machine.arn(),
            name,
            status,
            start,
            Optional.of(stop),
            input,
            Optional.empty(),
            Optional.of(error),
            Optional.of(cause),
            machine.revisionId()),
        Math.max(100, Duration.between(start, stop).toMillis()),
        64);
  }

  private TaskInvoker invoker(StateMachineRecord machine, Optional<String> testCase) {
    final TaskInvoker none =
        task ->
            CompletableFuture.completedFuture(
                TaskOutcome.failure(
                    "States.TaskFailed",
                    "This node has no integration for resource '" + task.resource() + "'"));
    if (testCase.isEmpty() || node.mocks().isEmpty()) {
      return none;
    }
    return node.mocks()
        .get()
        .testCase(machine.name(), testCase.get())
        .<TaskInvoker>map(r -> new MockTaskInvoker(r, none))
        .orElse(none);
  }

  static String name(Optional<String> requested, NodeContext node) {
    final String name = requested.orElseGet(() -> node.ids().newUuid());
    Names.check("name", name);
    return name;
  }

  @Override
  public void close() {
    pool.shutdownNow();
    deadlines.shutdownNow();
  }
}
