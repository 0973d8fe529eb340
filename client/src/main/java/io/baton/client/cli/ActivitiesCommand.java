package io.baton.client.cli;

import io.baton.client.BatonClient;
import io.baton.client.grpc.v1.ListActivitiesRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code baton activities …}: activities on a node, and polling one for a task by hand. */
@Command(
    name = "activities",
    mixinStandardHelpOptions = true,
    description = "Create, list and delete activities; poll one for a task.",
    scope = ScopeType.INHERIT,
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.L0, ExitCodes.L1, ExitCodes.L2, ExitCodes.L3, ExitCodes.L5})
public final class ActivitiesCommand {
  @Spec CommandSpec spec;

  @Command(name = "create", description = "Create an activity (or answer the existing one).")
  int create(
      @Parameters(paramLabel = "NAME", description = "The name.") String name,
      @Mixin RemoteOptions remote) {
    try (BatonClient client = remote.connect()) {
      printer(remote).object(ProtoJson.activity(client.createActivity(name)));
      return ExitCodes.OK;
    }
  }

  @Command(name = "describe", description = "Show an activity.")
  int describe(
      @Parameters(paramLabel = "ACTIVITY_ARN", description = "The activity's ARN.") String arn,
      @Mixin RemoteOptions remote) {
    try (BatonClient client = remote.connect()) {
      printer(remote).object(ProtoJson.activity(client.describeActivity(arn)));
      return ExitCodes.OK;
    }
  }

  @Command(name = "list", description = "List activities, a page at a time.")
  int list(@Mixin PageOptions paging, @Mixin RemoteOptions remote) {
    try (BatonClient client = remote.connect()) {
      final var page =
          client.listActivities(
              ListActivitiesRequest.newBuilder()
                  .setPageSize(paging.maxResults)
                  .setPageToken(paging.nextToken)
                  .build());
      printer(remote)
          .page(
              "activities",
              page.getActivitiesList(),
              ProtoJson::activity,
              new Table("NAME", "CREATED", "ARN"),
              a ->
                  new String[] {
                    a.getName(), ProtoJson.date(a.getCreationDate()), a.getActivityArn()
                  },
              page.getNextPageToken());
      return ExitCodes.OK;
    }
  }

  @Command(name = "delete", description = "Delete an activity.")
  int delete(
      @Parameters(paramLabel = "ACTIVITY_ARN", description = "The activity's ARN.") String arn,
      @Mixin RemoteOptions remote) {
    try (BatonClient client = remote.connect()) {
      client.deleteActivity(arn);
      printer(remote).done(Map.of("deleted", arn));
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "poll",
      description =
          "Wait up to 60 s for one task and print its token and input; exits 5 when none came.")
  int poll(
      @Parameters(paramLabel = "ACTIVITY_ARN", description = "The activity's ARN.") String arn,
      @Option(names = "--worker-name", paramLabel = "NAME", defaultValue = "baton-cli")
          String workerName,
      @Mixin RemoteOptions remote) {
    try (BatonClient client = remote.connect()) {
      final var task = client.getActivityTask(arn, workerName);
      if (task.isEmpty()) {
        spec.commandLine().getErr().println("no task arrived");
        return ExitCodes.NO_TASK;
      }
      final Map<String, String> fields = new LinkedHashMap<>();
      fields.put("taskToken", task.get().getTaskToken());
      fields.put("input", task.get().getInput());
      printer(remote).done(fields);
      return ExitCodes.OK;
    }
  }

  private Printer printer(RemoteOptions remote) {
    return new Printer(spec.commandLine().getOut(), remote.json());
  }
}
