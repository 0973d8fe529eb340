package io.baton.client.worker;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.json.Json;

/**
 * One task handed to an {@link ActivityHandler}: its token, its input and whether it still counts.
 */
public final class ActivityTask {
  private final String activityArn;
  private final String taskToken;
  private final String input;
  private volatile boolean cancelled;

  ActivityTask(String activityArn, String taskToken, String input) {
    this.activityArn = activityArn;
    this.taskToken = taskToken;
    this.input = input;
  }

  public String activityArn() {
    return activityArn;
  }

  public String taskToken() {
    return taskToken;
  }

  /** The task's input as JSON text. */
  public String input() {
    return input;
  }

  /** The task's input, parsed. */
  public JsonNode inputJson() {
    return Json.parse(input.isEmpty() ? "{}" : input);
  }

  /**
   * Whether the answer is no longer wanted: a heartbeat learned that the task timed out or no
   * longer exists, or the worker is stopping and ran out of grace time.
   */
  public boolean isCancelled() {
    return cancelled;
  }

  void cancel() {
    cancelled = true;
  }
}
