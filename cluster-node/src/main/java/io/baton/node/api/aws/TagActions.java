package io.baton.node.api.aws;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.node.service.BatonService;
import io.baton.node.service.ServiceModel.Tag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/** TagResource, UntagResource and ListTagsForResource, for state machines and activities. */
final class TagActions {
  private static final Set<String> TAGGABLE =
      Set.of(ResourceArns.STATE_MACHINE, ResourceArns.ACTIVITY);

  private final BatonService service;

  TagActions(BatonService service) {
    this.service = service;
  }

  Map<String, AwsAction> actions() {
    return Map.of(
        "TagResource", this::tag,
        "UntagResource", this::untag,
        "ListTagsForResource", this::list);
  }

  private CompletionStage<ObjectNode> tag(AwsRequest r) {
    final String arn = r.required("resourceArn", Shapes.ARN);
    final List<Tag> tags = r.tags("tags", true);
    r.done();
    ResourceArns.check(arn, TAGGABLE);
    return service.tagResource(arn, tags).thenApply(done -> AwsJson.object());
  }

  private CompletionStage<ObjectNode> untag(AwsRequest r) {
    final String arn = r.required("resourceArn", Shapes.ARN);
    final List<String> keys = r.strings("tagKeys", Shapes.TAG_KEY, true);
    r.done();
    ResourceArns.check(arn, TAGGABLE);
    return service.untagResource(arn, keys).thenApply(done -> AwsJson.object());
  }

  private CompletionStage<ObjectNode> list(AwsRequest r) {
    final String arn = r.required("resourceArn", Shapes.ARN);
    r.done();
    ResourceArns.check(arn, TAGGABLE);
    return service
        .listTagsForResource(arn)
        .thenApply(
            tags -> {
              final ObjectNode out = AwsJson.object();
              final ArrayNode items = out.putArray("tags");
              for (Tag tag : tags) {
                final ObjectNode item = items.addObject();
                item.put("key", tag.key());
                item.put("value", tag.value());
              }
              return out;
            });
  }
}
