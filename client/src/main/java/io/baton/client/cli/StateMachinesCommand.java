package io.baton.client.cli;

import io.baton.client.BatonClient;
import io.baton.client.grpc.v1.CreateStateMachineRequest;
import io.baton.client.grpc.v1.Diagnostic;
import io.baton.client.grpc.v1.ListStateMachinesRequest;
import io.baton.client.grpc.v1.StateMachine;
import io.baton.client.grpc.v1.StateMachineType;
import io.baton.client.grpc.v1.UpdateStateMachineRequest;
import io.baton.client.grpc.v1.ValidateDefinitionResponse;
import io.baton.engine.json.Json;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code baton state-machines …}: state machines on a node. */
@Command(
    name = "state-machines",
    mixinStandardHelpOptions = true,
    description = "Create, change, list and delete state machines on a node.",
    scope = ScopeType.INHERIT,
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.L0, ExitCodes.L1, ExitCodes.L2, ExitCodes.L3})
public final class StateMachinesCommand {
  /** The state machine types a user may ask for. */
  public enum Type {
    STANDARD,
    EXPRESS
  }

  @Spec CommandSpec spec;

  @Command(name = "create", description = "Create a state machine.")
  int create(
      @Parameters(paramLabel = "NAME", description = "The state machine's name.") String name,
      @Option(
              names = "--definition",
              required = true,
              paramLabel = "FILE",
              description = "The definition (ASL JSON).")
          Path definition,
      @Option(
              names = "--type",
              paramLabel = "TYPE",
              defaultValue = "STANDARD",
              description = "STANDARD (default) or EXPRESS.")
          Type type,
      @Option(
              names = "--role-arn",
              paramLabel = "ARN",
              defaultValue = "",
              description = "The role ARN recorded with the machine.")
          String roleArn,
      @Option(names = "--tag", paramLabel = "KEY=VALUE", description = "A tag; repeat for more.")
          Map<String, String> tags,
      @Mixin RemoteOptions remote) {
    final var request =
        CreateStateMachineRequest.newBuilder()
            .setName(name)
            .setDefinition(CliFiles.readText(definition))
            .setRoleArn(roleArn)
            .setType(
                type == Type.EXPRESS
                    ? StateMachineType.STATE_MACHINE_TYPE_EXPRESS
                    : StateMachineType.STATE_MACHINE_TYPE_STANDARD);
    if (tags != null) {
      request.putAllTags(tags);
    }
    try (BatonClient client = remote.connect()) {
      return show(client.createStateMachine(request.build()), remote, false);
    }
  }

  @Command(name = "update", description = "Change a state machine's definition or role.")
  int update(
      @Parameters(paramLabel = "ARN", description = "The state machine's ARN.") String arn,
      @Option(names = "--definition", paramLabel = "FILE", description = "The new definition.")
          Path definition,
      @Option(
              names = "--role-arn",
              paramLabel = "ARN",
              defaultValue = "",
              description = "The new role ARN.")
          String roleArn,
      @Mixin RemoteOptions remote) {
    final var request =
        UpdateStateMachineRequest.newBuilder().setStateMachineArn(arn).setRoleArn(roleArn);
    if (definition != null) {
      request.setDefinition(CliFiles.readText(definition));
    }
    try (BatonClient client = remote.connect()) {
      return show(client.updateStateMachine(request.build()), remote, false);
    }
  }

  @Command(name = "describe", description = "Show a state machine and its definition.")
  int describe(
      @Parameters(paramLabel = "ARN", description = "The state machine's ARN.") String arn,
      @Mixin RemoteOptions remote) {
    try (BatonClient client = remote.connect()) {
      return show(client.describeStateMachine(arn), remote, true);
    }
  }

  @Command(name = "list", description = "List state machines, a page at a time.")
  int list(@Mixin PageOptions paging, @Mixin RemoteOptions remote) {
    try (BatonClient client = remote.connect()) {
      final var page =
          client.listStateMachines(
              ListStateMachinesRequest.newBuilder()
                  .setPageSize(paging.maxResults)
                  .setPageToken(paging.nextToken)
                  .build());
      printer(remote)
          .page(
              "stateMachines",
              page.getStateMachinesList(),
              ProtoJson::summary,
              new Table("NAME", "TYPE", "CREATED", "ARN"),
              m ->
                  new String[] {
                    m.getName(),
                    ProtoJson.type(m.getType()),
                    ProtoJson.date(m.getCreationDate()),
                    m.getStateMachineArn()
                  },
              page.getNextPageToken());
      return ExitCodes.OK;
    }
  }

  @Command(name = "delete", description = "Delete a state machine.")
  int delete(
      @Parameters(paramLabel = "ARN", description = "The state machine's ARN.") String arn,
      @Mixin RemoteOptions remote) {
    try (BatonClient client = remote.connect()) {
      client.deleteStateMachine(arn);
      printer(remote).done(Map.of("deleted", arn));
      return ExitCodes.OK;
    }
  }

  @Command(name = "validate", description = "Validate a definition on the node, storing nothing.")
  int validate(
      @Parameters(paramLabel = "FILE", description = "The definition (ASL JSON).") Path file,
      @Mixin RemoteOptions remote) {
    try (BatonClient client = remote.connect()) {
      final ValidateDefinitionResponse answer = client.validateDefinition(CliFiles.readText(file));
      final Printer out = printer(remote);
      if (out.json()) {
        final var node = Json.object();
        node.put("result", answer.getResult());
        final var list = node.putArray("diagnostics");
        for (Diagnostic d : answer.getDiagnosticsList()) {
          list.addObject()
              .put("severity", d.getSeverity().name().replace("SEVERITY_", ""))
              .put("code", d.getCode())
              .put("message", d.getMessage())
              .put("location", d.getLocation());
        }
        out.json(node);
      } else {
        final Table table = new Table("SEVERITY", "CODE", "LOCATION", "MESSAGE");
        answer
            .getDiagnosticsList()
            .forEach(
                d ->
                    table.row(
                        d.getSeverity().name().replace("SEVERITY_", ""),
                        d.getCode(),
                        d.getLocation(),
                        d.getMessage()));
        table.print(out.writer());
        out.writer().println("result: " + answer.getResult());
        out.writer().flush();
      }
      return "OK".equals(answer.getResult()) ? ExitCodes.OK : ExitCodes.REFUSED;
    }
  }

  private int show(StateMachine m, RemoteOptions remote, boolean withDefinition) {
    final var node = ProtoJson.stateMachine(m);
    final Printer out = printer(remote);
    if (!out.json()) {
      node.remove("definition");
    }
    out.object(node);
    if (!out.json() && withDefinition) {
      out.writer().println();
      out.writer().println(m.getDefinition());
      out.writer().flush();
    }
    return ExitCodes.OK;
  }

  private Printer printer(RemoteOptions remote) {
    return new Printer(spec.commandLine().getOut(), remote.json());
  }
}
