package io.baton.client.load;

import java.util.concurrent.CompletableFuture;

/**
 * One node the load runs against. Its futures fail with {@code BatonClientException}; a start
 * refused with {@code RESOURCE_EXHAUSTED} counts as a throttle, any other failure as an error.
 */
public interface LoadTarget {
  /** How the report names this node, e.g. {@code host:port}. */
  String name();

  /** Starts one execution and answers its ARN. */
  CompletableFuture<String> start();

  /** The execution when it has ended, or still running after the target's wait. */
  CompletableFuture<Outcome> await(String executionArn);

  /** What AwaitExecution answered. */
  record Outcome(String status, String error) {
    public boolean running() {
      return "RUNNING".equals(status);
    }

    public boolean succeeded() {
      return "SUCCEEDED".equals(status);
    }
  }
}
