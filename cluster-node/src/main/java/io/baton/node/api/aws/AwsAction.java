package io.baton.node.api.aws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.CompletionStage;

/**
 * One AWS Step Functions action: reads and checks its request, calls the service, and shapes the
 * answer. It may throw {@link AwsError} for a bad request instead of returning a failed stage.
 */
@FunctionalInterface
interface AwsAction {
  CompletionStage<ObjectNode> handle(AwsRequest request);
}
