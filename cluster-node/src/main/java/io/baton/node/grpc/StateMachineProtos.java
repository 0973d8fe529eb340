package io.baton.node.grpc;

import io.baton.client.ProtoTime;
import io.baton.client.grpc.v1.CreateStateMachineRequest;
import io.baton.client.grpc.v1.Diagnostic;
import io.baton.client.grpc.v1.ListStateMachinesResponse;
import io.baton.client.grpc.v1.StateMachine;
import io.baton.client.grpc.v1.StateMachineSummary;
import io.baton.client.grpc.v1.StateMachineType;
import io.baton.client.grpc.v1.UpdateStateMachineRequest;
import io.baton.client.grpc.v1.ValidateDefinitionResponse;
import io.baton.engine.definition.validate.Severity;
import io.baton.node.service.ServiceModel;
import io.baton.node.service.ServiceModel.MachineType;
import io.baton.node.service.ServiceModel.Page;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps state machine protos to {@link ServiceModel} and back; no rules beyond the wire's defaults.
 */
final class StateMachineProtos {
  private StateMachineProtos() {}

  static ServiceModel.CreateStateMachine create(CreateStateMachineRequest r) {
    return new ServiceModel.CreateStateMachine(
        r.getName(),
        r.getDefinition(),
        r.getRoleArn(),
        type(r.getType()),
        Map.copyOf(r.getTagsMap()));
  }

  static ServiceModel.UpdateStateMachine update(UpdateStateMachineRequest r) {
    return new ServiceModel.UpdateStateMachine(
        r.getStateMachineArn(), text(r.getDefinition()), text(r.getRoleArn()));
  }

  static MachineType type(StateMachineType type) {
    return type == StateMachineType.STATE_MACHINE_TYPE_EXPRESS
        ? MachineType.EXPRESS
        : MachineType.STANDARD;
  }

  static StateMachineType type(MachineType type) {
    return type == MachineType.EXPRESS
        ? StateMachineType.STATE_MACHINE_TYPE_EXPRESS
        : StateMachineType.STATE_MACHINE_TYPE_STANDARD;
  }

  static StateMachine stateMachine(ServiceModel.StateMachine m) {
    return StateMachine.newBuilder()
        .setStateMachineArn(m.arn())
        .setName(m.name())
        .setType(type(m.type()))
        .setDefinition(m.definition())
        .setRoleArn(nonNull(m.roleArn()))
        .setRevisionId(nonNull(m.revisionId()))
        .setCreationDate(ProtoTime.timestamp(m.creationDate()))
        .setUpdateDate(
            ProtoTime.timestamp(m.updateDate() == null ? m.creationDate() : m.updateDate()))
        .setStatus(nonNull(m.status()))
        .build();
  }

  static ListStateMachinesResponse list(Page<ServiceModel.StateMachine> page) {
    final var out = ListStateMachinesResponse.newBuilder();
    for (ServiceModel.StateMachine m : page.items()) {
      out.addStateMachines(
          StateMachineSummary.newBuilder()
              .setStateMachineArn(m.arn())
              .setName(m.name())
              .setType(type(m.type()))
              .setCreationDate(ProtoTime.timestamp(m.creationDate())));
    }
    return out.setNextPageToken(page.nextToken().orElse("")).build();
  }

  static ValidateDefinitionResponse diagnostics(
      List<io.baton.engine.definition.validate.Diagnostic> found) {
    final var out = ValidateDefinitionResponse.newBuilder();
    for (var d : found) {
      out.addDiagnostics(
          Diagnostic.newBuilder()
              .setSeverity(
                  d.severity() == Severity.ERROR
                      ? Diagnostic.Severity.SEVERITY_ERROR
                      : Diagnostic.Severity.SEVERITY_WARNING)
              .setCode(d.code())
              .setMessage(d.message())
              .setLocation(d.location()));
    }
    final boolean failed =
        found.stream().anyMatch(io.baton.engine.definition.validate.Diagnostic::isError);
    return out.setResult(failed ? "FAIL" : "OK").build();
  }

  /** An optional text field: the empty string means absent. */
  static Optional<String> text(String value) {
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  static String nonNull(String value) {
    return value == null ? "" : value;
  }
}
