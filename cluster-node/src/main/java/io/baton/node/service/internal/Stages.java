package io.baton.node.service.internal;

import io.baton.node.service.BatonException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** Small helpers for stages that fail with {@link BatonException}. */
final class Stages {
  private Stages() {}

  static <T> CompletionStage<T> failed(String error, String message) {
    return CompletableFuture.failedFuture(new BatonException(error, message));
  }

  /** Runs argument checks that throw, turning them into a failed stage. */
  static <T> CompletionStage<T> guard(Supplier<CompletionStage<T>> body) {
    try {
      return body.get();
    } catch (BatonException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  static BatonException notFound(String error, String what, String arn) {
    return new BatonException(error, what + " Does Not Exist: '" + arn + "'");
  }
}
