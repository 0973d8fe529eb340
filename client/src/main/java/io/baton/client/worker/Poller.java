package io.baton.client.worker;

import io.baton.client.BatonClient;
import io.baton.client.BatonClientException;
import io.baton.client.grpc.v1.GetActivityTaskResponse;
import io.grpc.Context;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** One poller thread of an {@link ActivityWorker}: poll, handle, answer, repeat. */
final class Poller implements Runnable {
  private static final System.Logger LOG = System.getLogger(ActivityWorker.class.getName());

  /** Answers to a heartbeat that mean the task's result is no longer wanted. */
  private static final Set<String> GONE =
      Set.of("TaskTimedOut", "TaskDoesNotExist", "InvalidToken");

  private static final int MAX_ERROR = 256;
  private static final int MAX_CAUSE = 32768;

  record Settings(
      BatonClient client,
      String workerName,
      Duration heartbeatInterval,
      Duration maxBackoff,
      ScheduledExecutorService heartbeats) {}

  private final String activityArn;
  private final ActivityHandler handler;
  private final Settings settings;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile Context.CancellableContext poll;
  private volatile ActivityTask current;

  Poller(String activityArn, ActivityHandler handler, Settings settings) {
    this.activityArn = activityArn;
    this.handler = handler;
    this.settings = settings;
  }

  @Override
  public void run() {
    long backoffMillis = 100;
    while (stopped.getCount() > 0) {
      try {
        final Optional<GetActivityTaskResponse> task = pollOnce();
        backoffMillis = 100;
        task.ifPresent(this::handle);
      } catch (BatonClientException e) {
        if (stopped.getCount() == 0) {
          return;
        }
        LOG.log(Level.WARNING, "Polling " + activityArn + " failed, retrying: " + e.getMessage());
        pause(backoffMillis);
        backoffMillis = Math.min(backoffMillis * 2, settings.maxBackoff().toMillis());
      }
    }
  }

  boolean isHandling() {
    return current != null;
  }

  void stop() {
    stopped.countDown();
    final Context.CancellableContext p = poll;
    if (p != null) {
      p.cancel(null);
    }
  }

  void cancelTask() {
    final ActivityTask task = current;
    if (task != null) {
      task.cancel();
    }
  }

  private Optional<GetActivityTaskResponse> pollOnce() {
    final Context.CancellableContext context = Context.current().withCancellation();
    poll = context;
    try {
      if (stopped.getCount() == 0) {
        return Optional.empty();
      }
      return context.call(
          () -> settings.client().getActivityTask(activityArn, settings.workerName()));
    } catch (BatonClientException e) {
      throw e;
    } catch (Exception e) {
      throw BatonClientException.from(e);
    } finally {
      poll = null;
      context.cancel(null);
    }
  }

  private void handle(GetActivityTaskResponse response) {
    final ActivityTask task =
        new ActivityTask(activityArn, response.getTaskToken(), response.getInput());
    current = task;
    final long interval = settings.heartbeatInterval().toMillis();
    final ScheduledFuture<?> beating =
        settings
            .heartbeats()
            .scheduleAtFixedRate(() -> heartbeat(task), interval, interval, TimeUnit.MILLISECONDS);
    try {
      final String output = handler.handle(task);
      beating.cancel(false);
      answer(
          task,
          () ->
              settings
                  .client()
                  .sendTaskSuccess(task.taskToken(), output == null ? "null" : output));
    } catch (ActivityFailure f) {
      beating.cancel(false);
      answer(
          task,
          () ->
              settings
                  .client()
                  .sendTaskFailure(
                      task.taskToken(), cut(f.error(), MAX_ERROR), cut(f.cause(), MAX_CAUSE)));
    } catch (Exception e) {
      beating.cancel(false);
      final String cause = e.getMessage() == null ? "" : e.getMessage();
      answer(
          task,
          () ->
              settings
                  .client()
                  .sendTaskFailure(
                      task.taskToken(),
                      cut(e.getClass().getSimpleName(), MAX_ERROR),
                      cut(cause, MAX_CAUSE)));
    } finally {
      beating.cancel(false);
      current = null;
    }
  }

  private void heartbeat(ActivityTask task) {
    try {
      settings.client().sendTaskHeartbeat(task.taskToken());
    } catch (BatonClientException e) {
      if (e.awsError().map(GONE::contains).orElse(false)) {
        task.cancel();
      }
      LOG.log(Level.DEBUG, "Heartbeat for a task of " + activityArn + " failed: " + e.getMessage());
    }
  }

  private void answer(ActivityTask task, Runnable send) {
    try {
      send.run();
    } catch (BatonClientException e) {
      final Level level = task.isCancelled() ? Level.DEBUG : Level.WARNING;
      LOG.log(level, "Answering a task of " + activityArn + " failed: " + e.getMessage());
    }
  }

  private void pause(long millis) {
    try {
      stopped.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopped.countDown();
    }
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
