package io.baton.node.task;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.TestProbe;
import akka.actor.typed.ActorRef;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ActivityQueueTest {
  private static ActorTestKit kit;

  @BeforeAll
  static void setUp() {
    kit = ActorTestKit.create();
  }

  @AfterAll
  static void tearDown() {
    kit.shutdownTestKit();
  }

  private static ActorRef<ActivityQueue.Command> queue() {
    return kit.spawn(
        ActivityQueue.create((task, worker) -> CompletableFuture.completedFuture(null)));
  }

  private static ActivityQueue.Polled poll(ActorRef<ActivityQueue.Command> queue, String id) {
    final TestProbe<ActivityQueue.Polled> probe = kit.createTestProbe();
    queue.tell(new ActivityQueue.Poll(id, "w", Duration.ofMillis(300), probe.getRef()));
    return probe.receiveMessage(Duration.ofSeconds(3));
  }

  @Test
  void shouldQueueTheSameTaskIdOfTwoExecutions() {
    // given: task ids are unique within an execution only
    final ActorRef<ActivityQueue.Command> queue = queue();

    // when
    queue.tell(new ActivityQueue.Offer(new ActivityQueue.Task("t1", "{}", "exec-1", "@2.0")));
    queue.tell(new ActivityQueue.Offer(new ActivityQueue.Task("t2", "{}", "exec-2", "@2.0")));

    // then
    assertThat(poll(queue, "p1").task().map(ActivityQueue.Task::taskToken)).contains("t1");
    assertThat(poll(queue, "p2").task().map(ActivityQueue.Task::taskToken)).contains("t2");
  }

  @Test
  void shouldNotQueueATaskOfferedAgain() {
    // given: an execution woken after a node loss offers its task again
    final ActorRef<ActivityQueue.Command> queue = queue();
    final var task = new ActivityQueue.Task("t1", "{}", "exec-1", "@2.0");

    // when
    queue.tell(new ActivityQueue.Offer(task));
    queue.tell(new ActivityQueue.Offer(task));

    // then
    assertThat(poll(queue, "p1").task()).contains(task);
    assertThat(poll(queue, "p2").task()).isEqualTo(Optional.empty());
  }
}
