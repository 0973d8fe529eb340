package io.baton.node.api.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;

/**
 * A GetActivityTask that finds no task holds its HTTP request for the whole 60 s poll and a little
 * more; with the node's configuration (reference.conf's request and idle timeouts) the real SDK
 * still gets its empty answer instead of a timeout. Slow: about a minute.
 */
@Tag("slow")
class AwsLongPollIT {
  private static AwsApiTestServer server;
  private static SfnClient sfn;

  @BeforeAll
  static void start() throws Exception {
    server = AwsApiTestServer.start();
    sfn = SdkClients.client(server.endpoint());
  }

  @AfterAll
  static void stop() throws Exception {
    sfn.close();
    server.close();
  }

  @Test
  void shouldAnswerAnEmptyPollAfterTheFullMinute() {
    // given
    final String activity = sfn.createActivity(b -> b.name("idle-for-a-minute")).activityArn();
    server.service.emptyPollOverrun = Duration.ofSeconds(2);
    final Instant before = Instant.now();

    // when
    final GetActivityTaskResponse answer = sfn.getActivityTask(b -> b.activityArn(activity));

    // then
    assertThat(answer.taskToken()).isNull();
    assertThat(Duration.between(before, Instant.now()))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(62));
  }
}
