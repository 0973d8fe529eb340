package io.baton.node.service.internal;

import static io.baton.node.service.internal.Stages.guard;

import io.baton.node.service.BatonException;
import io.baton.node.service.ServiceModel.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** Tags on state machines and activities. */
final class TagOps {
  private final NodeContext node;
  private final StateMachineOps machines;
  private final ActivityOps activities;

  TagOps(NodeContext node, StateMachineOps machines, ActivityOps activities) {
    this.node = node;
    this.machines = machines;
    this.activities = activities;
  }

  CompletionStage<Void> tag(String arn, List<Tag> tags) {
    return guard(
        () -> {
          final Map<String, String> map = new LinkedHashMap<>();
          tags.forEach(t -> map.put(t.key(), t.value()));
          return exists(arn).thenCompose(x -> node.tags().put(arn, map));
        });
  }

  CompletionStage<Void> untag(String arn, List<String> keys) {
    return guard(() -> exists(arn).thenCompose(x -> node.tags().remove(arn, keys)));
  }

  CompletionStage<List<Tag>> list(String arn) {
    return guard(
        () ->
            exists(arn)
                .thenCompose(x -> node.tags().list(arn))
                .thenApply(
                    map -> {
                      final List<Tag> out = new ArrayList<>();
                      map.forEach((k, v) -> out.add(new Tag(k, v)));
                      return out;
                    }));
  }

  private CompletionStage<?> exists(String arn) {
    if (arn != null && arn.contains(":stateMachine:")) {
      return machines
          .get(arn)
          .exceptionally(
              e -> {
                throw notFound(arn);
              });
    }
    if (arn != null && arn.contains(":activity:")) {
      return activities
          .get(arn)
          .exceptionally(
              e -> {
                throw notFound(arn);
              });
    }
    throw new BatonException("InvalidArn", "Invalid Arn: '" + arn + "'");
  }

  private static BatonException notFound(String arn) {
    return new BatonException("ResourceNotFound", "Resource not found: '" + arn + "'");
  }
}
