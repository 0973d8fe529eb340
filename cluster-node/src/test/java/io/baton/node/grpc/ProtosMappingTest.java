package io.baton.node.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.client.ProtoTime;
import io.baton.client.grpc.v1.CreateStateMachineRequest;
import io.baton.client.grpc.v1.ExecutionStatus;
import io.baton.client.grpc.v1.GetExecutionHistoryRequest;
import io.baton.client.grpc.v1.StartExecutionRequest;
import io.baton.client.grpc.v1.StateMachineType;
import io.baton.client.grpc.v1.UpdateStateMachineRequest;
import io.baton.engine.definition.validate.Diagnostic;
import io.baton.engine.definition.validate.Severity;
import io.baton.engine.execution.HistoryEvent;
import io.baton.engine.json.Json;
import io.baton.node.service.ServiceModel;
import io.baton.node.service.ServiceModel.MachineType;
import io.grpc.Deadline;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProtosMappingTest {
  @Test
  void shouldReadEmptyTextAsAbsentAndDefaultTheTypeToStandard() {
    // when
    final var create =
        StateMachineProtos.create(
            CreateStateMachineRequest.newBuilder()
                .setName("m")
                .setDefinition("{}")
                .putTags("k", "v")
                .build());
    final var update =
        StateMachineProtos.update(
            UpdateStateMachineRequest.newBuilder().setStateMachineArn("arn").build());
    final var start =
        ExecutionProtos.start(StartExecutionRequest.newBuilder().setStateMachineArn("arn").build());

    // then
    assertThat(create.type()).isEqualTo(MachineType.STANDARD);
    assertThat(create.tags()).containsEntry("k", "v");
    assertThat(update.definition()).isEmpty();
    assertThat(update.roleArn()).isEmpty();
    assertThat(start.name()).isEmpty();
    assertThat(start.input()).isEqualTo("{}");
    assertThat(StateMachineProtos.type(StateMachineType.STATE_MACHINE_TYPE_EXPRESS))
        .isEqualTo(MachineType.EXPRESS);
  }

  @Test
  void shouldMapEveryExecutionStatusBothWays() {
    for (ServiceModel.ExecutionStatus status : ServiceModel.ExecutionStatus.values()) {
      // when
      final ExecutionStatus proto = ExecutionProtos.status(status);

      // then
      assertThat(proto.name()).isEqualTo("EXECUTION_STATUS_" + status.name());
      assertThat(ExecutionProtos.statusFilter(proto)).contains(status);
    }
    assertThat(ExecutionProtos.statusFilter(ExecutionStatus.EXECUTION_STATUS_UNSPECIFIED))
        .isEmpty();
  }

  @Test
  void shouldRenderEventDetailsAsAwsJsonText() {
    // given an event whose input is kept as a JSON value
    final var details = Json.object();
    details.set("input", Json.parse("{\"a\":[1,2]}"));
    details.put("roleArn", "arn:aws:iam::1:role/r");
    final Instant at = Instant.parse("2026-01-02T03:04:05.678Z");
    final var event = new HistoryEvent(1, 0, at, "ExecutionStarted", "", details, Json.object());

    // when
    final var proto = ExecutionProtos.event(event);

    // then the input is JSON text inside the details, as AWS returns it
    assertThat(proto.getId()).isEqualTo(1);
    assertThat(proto.getType()).isEqualTo("ExecutionStarted");
    assertThat(ProtoTime.instant(proto.getTimestamp())).isEqualTo(at);
    final var parsed = Json.parse(proto.getDetailsJson());
    assertThat(parsed.get("input").asText()).isEqualTo("{\"a\":[1,2]}");
    assertThat(parsed.get("roleArn").asText()).isEqualTo("arn:aws:iam::1:role/r");
  }

  @Test
  void shouldLeaveHiddenEventsOutOfHistoryPages() {
    // given
    final Instant at = Instant.now();
    final var visible =
        new HistoryEvent(1, 0, at, "ExecutionStarted", "", Json.object(), Json.object());
    final var hidden = new HistoryEvent(0, 0, at, "Internal", "", Json.object(), Json.object());

    // when
    final var page =
        ExecutionProtos.history(
            new ServiceModel.Page<>(List.of(visible, hidden), Optional.of("t")));

    // then
    assertThat(page.getEventsCount()).isEqualTo(1);
    assertThat(page.getEvents(0).getDetailsJson()).isEmpty();
    assertThat(page.getNextPageToken()).isEqualTo("t");
  }

  @Test
  void shouldTranslateHistoryRequestsWithDataByDefault() {
    // when
    final var request =
        ExecutionProtos.history(
            GetExecutionHistoryRequest.newBuilder()
                .setExecutionArn("arn")
                .setPageSize(7)
                .setReverseOrder(true)
                .build());

    // then
    assertThat(request.includeData()).isTrue();
    assertThat(request.reverseOrder()).isTrue();
    assertThat(request.maxResults()).isEqualTo(7);
    assertThat(request.nextToken()).isEmpty();
  }

  @Test
  void shouldSayFailWhenAnyDiagnosticIsAnError() {
    // when
    final var ok =
        StateMachineProtos.diagnostics(List.of(new Diagnostic(Severity.WARNING, "W", "w", "")));
    final var fail =
        StateMachineProtos.diagnostics(
            List.of(
                new Diagnostic(Severity.ERROR, "SCHEMA_VALIDATION_FAILED", "bad", "/States/A")));

    // then
    assertThat(ok.getResult()).isEqualTo("OK");
    assertThat(fail.getResult()).isEqualTo("FAIL");
    assertThat(fail.getDiagnostics(0).getLocation()).isEqualTo("/States/A");
  }

  @Test
  void shouldWaitForTasksAtMostSixtySecondsAndLessThanTheDeadline() {
    // given
    final var service =
        new ActivitiesGrpcService(new InMemoryBatonService(Duration.ZERO), Duration.ofSeconds(60));

    // expect
    assertThat(service.pollWait(null)).isEqualTo(Duration.ofSeconds(60));
    assertThat(service.pollWait(Deadline.after(70, TimeUnit.SECONDS)))
        .isEqualTo(Duration.ofSeconds(60));
    assertThat(service.pollWait(Deadline.after(10, TimeUnit.SECONDS)))
        .isBetween(Duration.ofSeconds(9), Duration.ofMillis(9500));
    assertThat(service.pollWait(Deadline.after(100, TimeUnit.MILLISECONDS)))
        .isEqualTo(Duration.ZERO);
  }
}
