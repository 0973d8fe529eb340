package io.baton.node.api.aws;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.definition.validate.Diagnostic;
import io.baton.node.service.BatonService;
import io.baton.node.service.ServiceModel.CreateStateMachine;
import io.baton.node.service.ServiceModel.MachineType;
import io.baton.node.service.ServiceModel.StateMachine;
import io.baton.node.service.ServiceModel.Tag;
import io.baton.node.service.ServiceModel.UpdateStateMachine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/** CreateStateMachine, Describe…, Update…, Delete…, List… and ValidateStateMachineDefinition. */
final class StateMachineActions {
  private static final Set<String> MACHINE = Set.of(ResourceArns.STATE_MACHINE);

  private final BatonService service;

  StateMachineActions(BatonService service) {
    this.service = service;
  }

  Map<String, AwsAction> actions() {
    return Map.of(
        "CreateStateMachine", this::create,
        "UpdateStateMachine", this::update,
        "DescribeStateMachine", this::describe,
        "DescribeStateMachineForExecution", this::describeForExecution,
        "DeleteStateMachine", this::delete,
        "ListStateMachines", this::list,
        "ValidateStateMachineDefinition", this::validate);
  }

  private CompletionStage<ObjectNode> create(AwsRequest r) {
    final String name = r.required("name", Shapes.NAME);
    final String definition = r.required("definition", Shapes.DEFINITION);
    final String roleArn = r.required("roleArn", Shapes.ARN);
    final String type = r.optionalEnum("type", Shapes.MACHINE_TYPES).orElse("STANDARD");
    checkConfigurations(r);
    final List<Tag> tags = r.tags("tags", false);
    final boolean publish = r.bool("publish", false);
    final Optional<String> versionDescription =
        r.optional("versionDescription", Shapes.VERSION_DESCRIPTION);
    r.done();
    ResourceNames.check(name);
    ResourceArns.checkAnyService(roleArn);
    checkPublish(publish, versionDescription);
    final CreateStateMachine request =
        new CreateStateMachine(name, definition, roleArn, MachineType.valueOf(type), tagMap(tags));
    return service
        .createStateMachine(request)
        .thenApply(
            machine -> {
              final ObjectNode out = AwsJson.object();
              out.put("stateMachineArn", machine.arn());
              AwsJson.putTimestamp(out, "creationDate", machine.creationDate());
              return out;
            });
  }

  private CompletionStage<ObjectNode> update(AwsRequest r) {
    final String arn = r.required("stateMachineArn", Shapes.ARN);
    final Optional<String> definition = r.optional("definition", Shapes.DEFINITION);
    final Optional<String> roleArn = r.optional("roleArn", Shapes.ARN);
    final boolean configured = checkConfigurations(r);
    final boolean publish = r.bool("publish", false);
    final Optional<String> versionDescription =
        r.optional("versionDescription", Shapes.VERSION_DESCRIPTION);
    r.done();
    ResourceArns.check(arn, MACHINE);
    roleArn.ifPresent(ResourceArns::checkAnyService);
    if (definition.isEmpty() && roleArn.isEmpty() && !configured) {
      throw AwsError.client(
          "MissingRequiredParameter",
          "Either the definition, the role ARN, the LoggingConfiguration, "
              + "or the TracingConfiguration must be specified");
    }
    checkPublish(publish, versionDescription);
    return service
        .updateStateMachine(new UpdateStateMachine(arn, definition, roleArn))
        .thenApply(
            machine -> {
              final ObjectNode out = AwsJson.object();
              AwsJson.putTimestamp(out, "updateDate", machine.updateDate());
              AwsJson.putIfNotBlank(out, "revisionId", machine.revisionId());
              return out;
            });
  }

  private CompletionStage<ObjectNode> describe(AwsRequest r) {
    final String arn = r.required("stateMachineArn", Shapes.ARN);
    final boolean metadataOnly = metadataOnly(r);
    r.done();
    ResourceArns.check(arn, MACHINE);
    return service
        .describeStateMachine(arn)
        .thenApply(
            machine -> {
              final ObjectNode out = AwsJson.object();
              out.put("stateMachineArn", machine.arn());
              out.put("name", machine.name());
              out.put("status", machine.status());
              out.put("definition", metadataOnly ? "{}" : machine.definition());
              out.put("roleArn", machine.roleArn());
              out.put("type", machine.type().name());
              AwsJson.putTimestamp(out, "creationDate", machine.creationDate());
              putDefaultConfigurations(out);
              AwsJson.putIfNotBlank(out, "revisionId", machine.revisionId());
              return out;
            });
  }

  private CompletionStage<ObjectNode> describeForExecution(AwsRequest r) {
    final String arn = r.required("executionArn", Shapes.ARN);
    final boolean metadataOnly = metadataOnly(r);
    r.done();
    ResourceArns.check(arn, Set.of(ResourceArns.EXECUTION, ResourceArns.EXPRESS));
    return service
        .describeStateMachineForExecution(arn)
        .thenApply(
            machine -> {
              final ObjectNode out = AwsJson.object();
              out.put("stateMachineArn", machine.arn());
              out.put("name", machine.name());
              out.put("definition", metadataOnly ? "{}" : machine.definition());
              out.put("roleArn", machine.roleArn());
              AwsJson.putTimestamp(out, "updateDate", machine.updateDate());
              putDefaultConfigurations(out);
              AwsJson.putIfNotBlank(out, "revisionId", machine.revisionId());
              return out;
            });
  }

  private CompletionStage<ObjectNode> delete(AwsRequest r) {
    final String arn = r.required("stateMachineArn", Shapes.ARN);
    r.done();
    ResourceArns.check(arn, MACHINE);
    return service.deleteStateMachine(arn).thenApply(done -> AwsJson.object());
  }

  private CompletionStage<ObjectNode> list(AwsRequest r) {
    final int maxResults = r.pageSize("maxResults", Shapes.PAGE_SIZE_MAX, Shapes.DEFAULT_PAGE_SIZE);
    final Optional<String> nextToken = r.optional("nextToken", Shapes.PAGE_TOKEN);
    r.done();
    return service
        .listStateMachines(maxResults, nextToken)
        .thenApply(
            page -> {
              final ObjectNode out = AwsJson.object();
              final ArrayNode items = out.putArray("stateMachines");
              for (StateMachine machine : page.items()) {
                final ObjectNode item = items.addObject();
                item.put("stateMachineArn", machine.arn());
                item.put("name", machine.name());
                item.put("type", machine.type().name());
                AwsJson.putTimestamp(item, "creationDate", machine.creationDate());
              }
              AwsJson.putIfPresent(out, "nextToken", page.nextToken());
              return out;
            });
  }

  private CompletionStage<ObjectNode> validate(AwsRequest r) {
    final String definition = r.required("definition", Shapes.DEFINITION);
    r.optionalEnum("type", Shapes.MACHINE_TYPES);
    final String severity = r.optionalEnum("severity", Shapes.SEVERITIES).orElse("ERROR");
    final int maxResults =
        r.pageSize("maxResults", Shapes.VALIDATE_MAX_RESULTS, Shapes.VALIDATE_MAX_RESULTS);
    r.done();
    final List<Diagnostic> all = service.validateDefinition(definition);
    final List<Diagnostic> shown =
        all.stream()
            .filter(d -> d.isError() || "WARNING".equals(severity))
            .collect(Collectors.toList());
    final ObjectNode out = AwsJson.object();
    out.put("result", all.stream().anyMatch(Diagnostic::isError) ? "FAIL" : "OK");
    final ArrayNode diagnostics = out.putArray("diagnostics");
    for (Diagnostic d : shown.subList(0, Math.min(maxResults, shown.size()))) {
      final ObjectNode item = diagnostics.addObject();
      item.put("severity", d.severity().name());
      item.put("code", d.code());
      item.put("message", d.message());
      AwsJson.putIfNotBlank(item, "location", d.location());
    }
    out.put("truncated", shown.size() > maxResults);
    return CompletableFuture.completedFuture(out);
  }

  /** Type-checks the settings Baton accepts but does not act on; true if any was given. */
  private static boolean checkConfigurations(AwsRequest r) {
    final Optional<AwsRequest> logging = r.structure("loggingConfiguration");
    logging.ifPresent(
        l -> {
          l.optionalEnum("level", Shapes.LOG_LEVELS);
          l.bool("includeExecutionData", false);
        });
    final boolean tracing = r.structure("tracingConfiguration").isPresent();
    final boolean encryption = r.structure("encryptionConfiguration").isPresent();
    return logging.isPresent() || tracing || encryption;
  }

  private static void checkPublish(boolean publish, Optional<String> versionDescription) {
    if (versionDescription.isPresent() && !publish) {
      throw AwsError.client(
          "ValidationException", "Version description can only be set when publish is true");
    }
    if (publish) {
      throw AwsError.client(
          "ValidationException",
          "Expected publish to be false: Baton has no state machine versions");
    }
  }

  private static boolean metadataOnly(AwsRequest r) {
    return r.optionalEnum("includedData", Shapes.INCLUDED_DATA)
        .map("METADATA_ONLY"::equals)
        .orElse(false);
  }

  /** What AWS answers for a state machine created without logging or tracing settings. */
  private static void putDefaultConfigurations(ObjectNode out) {
    final ObjectNode logging = out.putObject("loggingConfiguration");
    logging.put("level", "OFF");
    logging.put("includeExecutionData", false);
    out.putObject("tracingConfiguration").put("enabled", false);
  }

  private static Map<String, String> tagMap(List<Tag> tags) {
    final Map<String, String> map = new LinkedHashMap<>();
    tags.forEach(t -> map.put(t.key(), t.value()));
    return map;
  }
}
