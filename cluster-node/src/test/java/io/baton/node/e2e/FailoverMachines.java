package io.baton.node.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.json.Json;
import java.time.Duration;
import java.time.Instant;

/**
 * The four kinds of execution the failover tests keep in flight, with the input each gets, the
 * output it must end with and how long each of its Wait states lasts.
 *
 * <p>Every kind starts with a Wait until its {@code gate} timestamp: the executions are started
 * first, then their work begins together (spread over a few seconds), so that all of them are in
 * flight when a node is stopped, whatever the start phase took on a busy machine.
 *
 * <ul>
 *   <li>{@code WAIT}: a Wait of 4–16 s between a Pass and a Choice.
 *   <li>{@code CALLBACK}: a Parallel state; one branch is an inline Map whose iterations wait 3 s,
 *       the other a {@code .waitForTaskToken} task answered from outside: failed once with a
 *       retried error, then succeeded.
 *   <li>{@code ACTIVITY}: an activity task that workers fail once and then succeed, and an inline
 *       Map over its result.
 *   <li>{@code DISTRIBUTED}: a Distributed Map whose two child executions (separate sharded
 *       entities, often on other nodes than their parent) wait 3 s and report back.
 * </ul>
 */
enum FailoverMachines {
  WAIT,
  CALLBACK,
  ACTIVITY,
  DISTRIBUTED;

  static final String ACTIVITY_NAME = "failover-work";

  /** The retry interval of the callback task and the activity (BackoffRate keeps it at 2 s). */
  static final Duration RETRY_INTERVAL = Duration.ofSeconds(2);

  /** The activity's TimeoutSeconds. */
  static final Duration ACTIVITY_TIMEOUT = Duration.ofSeconds(40);

  /** The Wait inside Map iterations and Distributed Map children. */
  static final Duration ITEM_WAIT = Duration.ofSeconds(3);

  private static final String GATE =
      "\"Gate\":{\"Type\":\"Wait\",\"TimestampPath\":\"$.gate\",\"Next\":\"%s\"},";

  String definition(String activityArn) {
    switch (this) {
      case WAIT:
        return "{\"StartAt\":\"Gate\",\"States\":{"
            + GATE.formatted("A")
            + "\"A\":{\"Type\":\"Pass\",\"Parameters\":{\"n\":1,\"wait.$\":\"$.wait\"},\"Next\":\"W\"},"
            + "\"W\":{\"Type\":\"Wait\",\"SecondsPath\":\"$.wait\",\"Next\":\"C\"},"
            + "\"C\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.n\",\"NumericEquals\":1,"
            + "\"Next\":\"S\"}],\"Default\":\"F\"},"
            + "\"S\":{\"Type\":\"Succeed\"},\"F\":{\"Type\":\"Fail\",\"Error\":\"Wrong\"}}}";
      case CALLBACK:
        return "{\"StartAt\":\"Gate\",\"States\":{"
            + GATE.formatted("P")
            + "\"P\":{\"Type\":\"Parallel\",\"Next\":\"Done\","
            + "\"Branches\":[{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\","
            + "\"ItemsPath\":\"$.items\",\"End\":true,\"ItemProcessor\":{\"StartAt\":\"MW\","
            + "\"States\":{\"MW\":{\"Type\":\"Wait\",\"Seconds\":3,\"Next\":\"MP\"},"
            + "\"MP\":{\"Type\":\"Pass\",\"Parameters\":{\"v.$\":\"States.MathAdd($,10)\"},"
            + "\"End\":true}}}}}},"
            + "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\","
            + "\"Resource\":\"arn:aws:states:::lambda:invoke.waitForTaskToken\","
            + "\"Parameters\":{\"token.$\":\"$$.Task.Token\"},"
            + "\"Retry\":[{\"ErrorEquals\":[\"Flaky\"],\"IntervalSeconds\":2,\"MaxAttempts\":2}],"
            + "\"End\":true}}}]},\"Done\":{\"Type\":\"Pass\",\"End\":true}}}";
      case ACTIVITY:
        return "{\"StartAt\":\"Gate\",\"States\":{"
            + GATE.formatted("Work")
            + "\"Work\":{\"Type\":\"Task\",\"Resource\":\""
            + activityArn
            + "\",\"TimeoutSeconds\":40,\"Retry\":[{\"ErrorEquals\":[\"Flaky\",\"States.Timeout\"],"
            + "\"IntervalSeconds\":2,\"MaxAttempts\":3,\"BackoffRate\":1}],\"Next\":\"Each\"},"
            + "\"Each\":{\"Type\":\"Map\",\"ItemsPath\":\"$.items\",\"ResultPath\":\"$.doubled\","
            + "\"ItemProcessor\":{\"StartAt\":\"D\",\"States\":{\"D\":{\"Type\":\"Pass\","
            + "\"Parameters\":{\"d.$\":\"States.MathAdd($,$)\"},\"End\":true}}},\"End\":true}}}";
      default:
        return "{\"StartAt\":\"Gate\",\"States\":{"
            + GATE.formatted("DM")
            + "\"DM\":{\"Type\":\"Map\",\"ItemsPath\":\"$.items\",\"End\":true,"
            + "\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\","
            + "\"ExecutionType\":\"STANDARD\"},\"StartAt\":\"CW\",\"States\":{"
            + "\"CW\":{\"Type\":\"Wait\",\"Seconds\":3,\"Next\":\"CP\"},"
            + "\"CP\":{\"Type\":\"Pass\",\"Parameters\":{\"v.$\":\"States.MathAdd($,100)\"},"
            + "\"End\":true}}}}}}";
    }
  }

  static FailoverMachines of(int index) {
    return values()[index % values().length];
  }

  static int waitSeconds(int index) {
    return 4 + (index / values().length) % 13;
  }

  /** The input of execution {@code index}; its work starts at {@code gate}. */
  static String input(int index, Instant gate) {
    final String at = "\"gate\":\"" + gate + "\"";
    switch (of(index)) {
      case WAIT:
        return "{" + at + ",\"wait\":" + waitSeconds(index) + "}";
      case CALLBACK:
        return "{" + at + ",\"items\":[1,2,3]}";
      case ACTIVITY:
        return "{" + at + ",\"x\":" + index + "}";
      default:
        return "{" + at + ",\"items\":[1,2]}";
    }
  }

  /** What a worker answers for an activity task's input on its successful attempt. */
  static String activityResult(JsonNode input) {
    final int x = input.path("x").asInt();
    return "{\"y\":" + (2 * x) + ",\"items\":[" + x + "," + (x + 1) + "]}";
  }

  static JsonNode expectedOutput(int index) {
    switch (of(index)) {
      case WAIT:
        return Json.parse("{\"n\":1,\"wait\":" + waitSeconds(index) + "}");
      case CALLBACK:
        return Json.parse("[[{\"v\":11},{\"v\":12},{\"v\":13}],{\"ok\":true}]");
      case ACTIVITY:
        return Json.parse(
            "{\"y\":"
                + (2 * index)
                + ",\"items\":["
                + index
                + ","
                + (index + 1)
                + "],\"doubled\":[{\"d\":"
                + (2 * index)
                + "},{\"d\":"
                + (2 * index + 2)
                + "}]}");
      default:
        return Json.parse("[{\"v\":101},{\"v\":102}]");
    }
  }

  /**
   * When a Wait state of an execution of this kind, entered at {@code entered}, is due to end; the
   * execution's input gives the gate and the Wait's seconds.
   */
  static Instant waitDue(String state, Instant entered, JsonNode executionInput) {
    switch (state) {
      case "Gate":
        return Instant.parse(executionInput.path("gate").asText());
      case "W":
        return entered.plusSeconds(executionInput.path("wait").asInt());
      case "MW":
      case "CW":
        return entered.plus(ITEM_WAIT);
      default:
        throw new IllegalArgumentException(
            "Expected a Wait state of the failover machines: " + state);
    }
  }
}
