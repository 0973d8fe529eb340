package io.baton.node.grpc;

import io.baton.client.ProtoTime;
import io.baton.client.grpc.v1.Activity;
import io.baton.client.grpc.v1.GetActivityTaskResponse;
import io.baton.client.grpc.v1.ListActivitiesResponse;
import io.baton.client.grpc.v1.Tag;
import io.baton.node.service.ServiceModel;
import io.baton.node.service.ServiceModel.Page;
import java.util.List;
import java.util.Optional;

/** Maps activity protos to {@link ServiceModel} and back. */
final class ActivityProtos {
  private ActivityProtos() {}

  static Activity activity(ServiceModel.Activity a) {
    return Activity.newBuilder()
        .setActivityArn(a.arn())
        .setName(a.name())
        .setCreationDate(ProtoTime.timestamp(a.creationDate()))
        .build();
  }

  static ListActivitiesResponse list(Page<ServiceModel.Activity> page) {
    final var out = ListActivitiesResponse.newBuilder();
    page.items().forEach(a -> out.addActivities(activity(a)));
    return out.setNextPageToken(page.nextToken().orElse("")).build();
  }

  static List<ServiceModel.Tag> tags(List<Tag> tags) {
    return tags.stream().map(t -> new ServiceModel.Tag(t.getKey(), t.getValue())).toList();
  }

  /** A polled task; no task is an answer with an empty token, as in AWS. */
  static GetActivityTaskResponse task(Optional<ServiceModel.ActivityTask> task) {
    return task.map(
            t ->
                GetActivityTaskResponse.newBuilder()
                    .setTaskToken(t.taskToken())
                    .setInput(t.input())
                    .build())
        .orElse(GetActivityTaskResponse.getDefaultInstance());
  }
}
