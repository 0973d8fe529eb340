package io.baton.node.api.aws;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.node.service.BatonService;
import io.baton.node.service.ServiceModel.Activity;
import io.baton.node.service.ServiceModel.Tag;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Activities and the task callbacks workers use: Create/Describe/List/DeleteActivity,
 * GetActivityTask (a long poll), and SendTaskSuccess/Failure/Heartbeat, which also answer {@code
 * .waitForTaskToken} tasks.
 */
final class ActivityActions {
  private static final Set<String> ACTIVITY = Set.of(ResourceArns.ACTIVITY);

  private final BatonService service;
  private final int maxPayloadBytes;
  private final Duration pollTimeout;

  ActivityActions(BatonService service, AwsApiSettings settings) {
    this.service = service;
    this.maxPayloadBytes = settings.maxPayloadBytes();
    this.pollTimeout = settings.activityPollTimeout();
  }

  Map<String, AwsAction> actions() {
    return Map.of(
        "CreateActivity", this::create,
        "DescribeActivity", this::describe,
        "ListActivities", this::list,
        "DeleteActivity", this::delete,
        "GetActivityTask", this::getTask,
        "SendTaskSuccess", this::sendSuccess,
        "SendTaskFailure", this::sendFailure,
        "SendTaskHeartbeat", this::sendHeartbeat);
  }

  private CompletionStage<ObjectNode> create(AwsRequest r) {
    final String name = r.required("name", Shapes.NAME);
    final List<Tag> tags = r.tags("tags", false);
    r.structure("encryptionConfiguration");
    r.done();
    ResourceNames.check(name);
    return service
        .createActivity(name, tags)
        .thenApply(
            activity -> {
              final ObjectNode out = AwsJson.object();
              out.put("activityArn", activity.arn());
              AwsJson.putTimestamp(out, "creationDate", activity.creationDate());
              return out;
            });
  }

  private CompletionStage<ObjectNode> describe(AwsRequest r) {
    final String arn = r.required("activityArn", Shapes.ARN);
    r.done();
    ResourceArns.check(arn, ACTIVITY);
    return service
        .describeActivity(arn)
        .thenApply(
            activity -> {
              final ObjectNode out = AwsJson.object();
              putActivity(out, activity);
              return out;
            });
  }

  private CompletionStage<ObjectNode> list(AwsRequest r) {
    final int maxResults = r.pageSize("maxResults", Shapes.PAGE_SIZE_MAX, Shapes.DEFAULT_PAGE_SIZE);
    final Optional<String> nextToken = r.optional("nextToken", Shapes.PAGE_TOKEN);
    r.done();
    return service
        .listActivities(maxResults, nextToken)
        .thenApply(
            page -> {
              final ObjectNode out = AwsJson.object();
              final ArrayNode items = out.putArray("activities");
              page.items().forEach(activity -> putActivity(items.addObject(), activity));
              AwsJson.putIfPresent(out, "nextToken", page.nextToken());
              return out;
            });
  }

  private CompletionStage<ObjectNode> delete(AwsRequest r) {
    final String arn = r.required("activityArn", Shapes.ARN);
    r.done();
    ResourceArns.check(arn, ACTIVITY);
    return service.deleteActivity(arn).thenApply(done -> AwsJson.object());
  }

  /** Answers {@code {}} when no task arrived in time, as AWS answers a null task token. */
  private CompletionStage<ObjectNode> getTask(AwsRequest r) {
    final String arn = r.required("activityArn", Shapes.ARN);
    final Optional<String> workerName = r.optional("workerName", Shapes.NAME);
    r.done();
    ResourceArns.check(arn, ACTIVITY);
    return service
        .getActivityTask(arn, workerName, pollTimeout)
        .thenApply(
            task -> {
              final ObjectNode out = AwsJson.object();
              task.ifPresent(
                  t -> {
                    out.put("taskToken", t.taskToken());
                    out.put("input", t.input());
                  });
              return out;
            });
  }

  private CompletionStage<ObjectNode> sendSuccess(AwsRequest r) {
    final String token = r.required("taskToken", Shapes.TASK_TOKEN);
    final String output = r.required("output", Shapes.payload(maxPayloadBytes));
    r.done();
    Payloads.check(output, maxPayloadBytes, "InvalidOutput", "Output");
    return service.sendTaskSuccess(token, output).thenApply(done -> AwsJson.object());
  }

  private CompletionStage<ObjectNode> sendFailure(AwsRequest r) {
    final String token = r.required("taskToken", Shapes.TASK_TOKEN);
    final Optional<String> error = r.optional("error", Shapes.SENSITIVE_ERROR);
    final Optional<String> cause = r.optional("cause", Shapes.SENSITIVE_CAUSE);
    r.done();
    return service.sendTaskFailure(token, error, cause).thenApply(done -> AwsJson.object());
  }

  private CompletionStage<ObjectNode> sendHeartbeat(AwsRequest r) {
    final String token = r.required("taskToken", Shapes.TASK_TOKEN);
    r.done();
    return service.sendTaskHeartbeat(token).thenApply(done -> AwsJson.object());
  }

  private static void putActivity(ObjectNode out, Activity activity) {
    out.put("activityArn", activity.arn());
    out.put("name", activity.name());
    AwsJson.putTimestamp(out, "creationDate", activity.creationDate());
  }
}
