package io.baton.node.task;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.TestProbe;
import akka.actor.typed.ActorRef;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ActivityQueueTest {
  private static final Duration LONG_POLL = Duration.ofSeconds(30);
  private static ActorTestKit kit;

  @BeforeAll
  static void start() {
    kit = ActorTestKit.create();
  }

  @AfterAll
  static void stop() {
    kit.shutdownTestKit();
  }

  @Test
  void shouldQueueTasksOfDifferentExecutionsThatShareATaskId() {
    // given: task ids count within an execution, so two executions' first tasks share one
    final ActorRef<ActivityQueue.Command> queue = queue();
    final ActivityQueue.Task first = task("exec-1", "@2.0");
    final ActivityQueue.Task second = task("exec-2", "@2.0");

    // when
    queue.tell(new ActivityQueue.Offer(first));
    queue.tell(new ActivityQueue.Offer(second));

    // then
    assertThat(List.of(poll(queue, "p1"), poll(queue, "p2"))).containsExactly(first, second);
  }

  @Test
  void shouldNotQueueTheSameTaskOfAnExecutionTwice() {
    // given: an execution offers its task again, as it does after a restart
    final ActorRef<ActivityQueue.Command> queue = queue();
    final ActivityQueue.Task task = task("exec-1", "@2.0");

    // when
    queue.tell(new ActivityQueue.Offer(task));
    queue.tell(new ActivityQueue.Offer(task));

    // then
    assertThat(poll(queue, "p1")).isEqualTo(task);
    final TestProbe<ActivityQueue.Polled> probe = kit.createTestProbe();
    queue.tell(new ActivityQueue.Poll("p2", "worker", Duration.ofMillis(100), probe.ref()));
    assertThat(probe.receiveMessage(Duration.ofSeconds(5)).task()).isEmpty();
  }

  @Test
  void shouldServeTheNextTaskWhenAQueuedOneIsWithdrawn() {
    // given: the first execution was stopped before a worker took its task
    final ActorRef<ActivityQueue.Command> queue = queue();
    final ActivityQueue.Task stopped = task("exec-1", "@2.0");
    final ActivityQueue.Task next = task("exec-2", "@2.0");
    queue.tell(new ActivityQueue.Offer(stopped));

    // when
    queue.tell(new ActivityQueue.Withdraw("exec-1", "@2.0"));
    queue.tell(new ActivityQueue.Offer(next));

    // then
    assertThat(poll(queue, "p1")).isEqualTo(next);
  }

  @Test
  void shouldNotQueueATaskWithdrawnBeforeItsOffer() {
    // given: messages from an execution to a queue on another node may arrive in either order
    final ActorRef<ActivityQueue.Command> queue = queue();
    queue.tell(new ActivityQueue.Withdraw("exec-1", "@2.0"));

    // when
    queue.tell(new ActivityQueue.Offer(task("exec-1", "@2.0")));

    // then
    final TestProbe<ActivityQueue.Polled> probe = kit.createTestProbe();
    queue.tell(new ActivityQueue.Poll("p1", "worker", Duration.ofMillis(100), probe.ref()));
    assertThat(probe.receiveMessage(Duration.ofSeconds(5)).task()).isEmpty();
  }

  @Test
  void shouldHandATaskOutAgainWhenItsExecutionDidNotAnswerTheStart() {
    // given: the first start fails as an ask to an execution on a lost node does; the next works
    final java.util.concurrent.atomic.AtomicInteger asked =
        new java.util.concurrent.atomic.AtomicInteger();
    final ActorRef<ActivityQueue.Command> queue =
        kit.spawn(
            ActivityQueue.create(
                (task, worker) ->
                    asked.incrementAndGet() == 1
                        ? CompletableFuture.failedFuture(
                            new java.util.concurrent.TimeoutException())
                        : CompletableFuture.completedFuture(true)));
    final ActivityQueue.Task task = task("exec-1", "@2.0");
    queue.tell(new ActivityQueue.Offer(task));
    final TestProbe<ActivityQueue.Polled> first = kit.createTestProbe();
    queue.tell(new ActivityQueue.Poll("p1", "worker", LONG_POLL, first.ref()));
    assertThat(first.receiveMessage(Duration.ofSeconds(5)).task()).isEmpty();

    // when: the execution offers the task again after its recovery, and a worker polls
    queue.tell(new ActivityQueue.Offer(task));
    final ActivityQueue.Task handed = poll(queue, "p2");

    // then: the task was handed out once more, and only once
    assertThat(handed).isEqualTo(task);
    final TestProbe<ActivityQueue.Polled> third = kit.createTestProbe();
    queue.tell(new ActivityQueue.Poll("p3", "worker", Duration.ofMillis(200), third.ref()));
    assertThat(third.receiveMessage(Duration.ofSeconds(5)).task()).isEmpty();
    assertThat(asked).hasValue(2);
  }

  private static ActorRef<ActivityQueue.Command> queue() {
    return kit.spawn(
        ActivityQueue.create((task, worker) -> CompletableFuture.completedFuture(true)));
  }

  private static ActivityQueue.Task task(String execution, String taskId) {
    return new ActivityQueue.Task("token-" + execution + taskId, "{}", execution, taskId);
  }

  private static ActivityQueue.Task poll(ActorRef<ActivityQueue.Command> queue, String pollId) {
    final TestProbe<ActivityQueue.Polled> probe = kit.createTestProbe();
    queue.tell(new ActivityQueue.Poll(pollId, "worker", LONG_POLL, probe.ref()));
    final Optional<ActivityQueue.Task> task = probe.receiveMessage(Duration.ofSeconds(5)).task();
    assertThat(task).as("a task for poll " + pollId).isPresent();
    return task.get();
  }

  @org.junit.jupiter.api.Test
  void shouldNotHandOutATaskItsExecutionNoLongerAwaits() {
    // given: the execution refuses the start (stopped, or the task was already taken)
    final var queue =
        kit.spawn(ActivityQueue.create((task, worker) -> CompletableFuture.completedFuture(false)));
    final var probe = kit.<ActivityQueue.Polled>createTestProbe();
    // when
    queue.tell(new ActivityQueue.Offer(new ActivityQueue.Task("t", "{}", "arn:e", "x@1.0")));
    queue.tell(new ActivityQueue.Poll("p1", "w", java.time.Duration.ofSeconds(5), probe.getRef()));
    // then
    org.assertj.core.api.Assertions.assertThat(probe.receiveMessage().task()).isEmpty();
  }
}
