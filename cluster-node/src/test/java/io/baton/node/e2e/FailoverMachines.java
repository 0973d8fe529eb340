package io.baton.node.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.json.Json;

/**
 * The three kinds of execution the failover tests keep in flight, with the input each gets and the
 * output it must end with.
 *
 * <ul>
 *   <li>{@code WAIT}: a Wait of 4–16 s between a Pass and a Choice.
 *   <li>{@code CALLBACK}: a Parallel state; one branch is a Map whose iterations wait 3 s, the
 *       other a {@code .waitForTaskToken} task answered from outside: failed once with a retried
 *       error, then succeeded.
 *   <li>{@code ACTIVITY}: an activity task that workers fail once and then succeed, and an inline
 *       Map over its result.
 * </ul>
 */
enum FailoverMachines {
  WAIT,
  CALLBACK,
  ACTIVITY;

  static final String ACTIVITY_NAME = "failover-work";

  String definition(String activityArn) {
    switch (this) {
      case WAIT:
        return "{\"StartAt\":\"A\",\"States\":{"
            + "\"A\":{\"Type\":\"Pass\",\"Parameters\":{\"n\":1,\"wait.$\":\"$.wait\"},\"Next\":\"W\"},"
            + "\"W\":{\"Type\":\"Wait\",\"SecondsPath\":\"$.wait\",\"Next\":\"C\"},"
            + "\"C\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.n\",\"NumericEquals\":1,"
            + "\"Next\":\"S\"}],\"Default\":\"F\"},"
            + "\"S\":{\"Type\":\"Succeed\"},\"F\":{\"Type\":\"Fail\",\"Error\":\"Wrong\"}}}";
      case CALLBACK:
        return "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Parallel\",\"Next\":\"Done\","
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
      default:
        return "{\"StartAt\":\"Work\",\"States\":{\"Work\":{\"Type\":\"Task\",\"Resource\":\""
            + activityArn
            + "\",\"TimeoutSeconds\":40,\"Retry\":[{\"ErrorEquals\":[\"Flaky\",\"States.Timeout\"],"
            + "\"IntervalSeconds\":2,\"MaxAttempts\":3,\"BackoffRate\":1}],\"Next\":\"Each\"},"
            + "\"Each\":{\"Type\":\"Map\",\"ItemsPath\":\"$.items\",\"ResultPath\":\"$.doubled\","
            + "\"ItemProcessor\":{\"StartAt\":\"D\",\"States\":{\"D\":{\"Type\":\"Pass\","
            + "\"Parameters\":{\"d.$\":\"States.MathAdd($,$)\"},\"End\":true}}},\"End\":true}}}";
    }
  }

  static FailoverMachines of(int index) {
    return values()[index % values().length];
  }

  static int waitSeconds(int index) {
    return 4 + (index / 3) % 13;
  }

  static String input(int index) {
    switch (of(index)) {
      case WAIT:
        return "{\"wait\":" + waitSeconds(index) + "}";
      case CALLBACK:
        return "{\"items\":[1,2,3]}";
      default:
        return "{\"x\":" + index + "}";
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
      default:
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
    }
  }
}
