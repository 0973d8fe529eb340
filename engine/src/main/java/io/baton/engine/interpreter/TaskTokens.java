package io.baton.engine.interpreter;

import io.baton.engine.execution.ExecutionInfo;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Mints the task token a callback task hands out ({@code $$.Task.Token}). It must be a pure
 * function of its arguments so replays give the same token; a node supplies one that signs.
 */
@FunctionalInterface
public interface TaskTokens {
  String mint(ExecutionInfo execution, String taskId);

  /** An unsigned token: the execution ARN and task id, base64url-encoded. */
  TaskTokens PLAIN =
      (execution, taskId) ->
          Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(
                  (execution.executionArn() + "|" + taskId).getBytes(StandardCharsets.UTF_8));
}
