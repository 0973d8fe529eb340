package io.baton.node.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.baton.client.BatonClientException;
import io.baton.client.grpc.v1.CreateStateMachineRequest;
import io.baton.client.grpc.v1.Diagnostic;
import io.baton.client.grpc.v1.ListStateMachinesRequest;
import io.baton.client.grpc.v1.StateMachine;
import io.baton.client.grpc.v1.StateMachineType;
import io.baton.client.grpc.v1.UpdateStateMachineRequest;
import io.grpc.Status;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StateMachinesGrpcTest {
  private static GatewayFixture gateway;

  @BeforeAll
  static void start() {
    gateway = GatewayFixture.start();
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  @Test
  void shouldCreateAndDescribeAStateMachine() {
    // when
    final StateMachine created =
        gateway.client.createStateMachine(
            CreateStateMachineRequest.newBuilder()
                .setName("orders")
                .setDefinition(GatewayFixture.PASS_CHAIN)
                .setType(StateMachineType.STATE_MACHINE_TYPE_EXPRESS)
                .setRoleArn("arn:aws:iam::123456789012:role/r")
                .build());
    final StateMachine described =
        gateway.client.describeStateMachine(created.getStateMachineArn());

    // then
    assertThat(created.getStateMachineArn())
        .isEqualTo("arn:aws:states:us-east-1:123456789012:stateMachine:orders");
    assertThat(described.getName()).isEqualTo("orders");
    assertThat(described.getType()).isEqualTo(StateMachineType.STATE_MACHINE_TYPE_EXPRESS);
    assertThat(described.getDefinition()).isEqualTo(GatewayFixture.PASS_CHAIN);
    assertThat(described.getRoleArn()).isEqualTo("arn:aws:iam::123456789012:role/r");
    assertThat(described.getStatus()).isEqualTo("ACTIVE");
    assertThat(described.hasCreationDate()).isTrue();
  }

  @Test
  void shouldUpdateOnlyTheFieldsGiven() {
    // given
    final String arn = gateway.machine("to-update", GatewayFixture.PASS_CHAIN);

    // when
    final StateMachine updated =
        gateway.client.updateStateMachine(
            UpdateStateMachineRequest.newBuilder()
                .setStateMachineArn(arn)
                .setRoleArn("arn:aws:iam::123456789012:role/new")
                .build());

    // then
    assertThat(updated.getRoleArn()).isEqualTo("arn:aws:iam::123456789012:role/new");
    assertThat(updated.getDefinition()).isEqualTo(GatewayFixture.PASS_CHAIN);
  }

  @Test
  void shouldListInPagesAndDelete() {
    // given
    for (int i = 0; i < 3; i++) {
      gateway.machine("paged-" + i, GatewayFixture.PASS_CHAIN);
    }

    // when
    final var first =
        gateway.client.listStateMachines(
            ListStateMachinesRequest.newBuilder().setPageSize(2).build());
    final var rest =
        gateway.client.listStateMachines(
            ListStateMachinesRequest.newBuilder()
                .setPageSize(1000)
                .setPageToken(first.getNextPageToken())
                .build());

    // then
    assertThat(first.getStateMachinesCount()).isEqualTo(2);
    assertThat(first.getNextPageToken()).isNotEmpty();
    assertThat(rest.getNextPageToken()).isEmpty();
    assertThat(rest.getStateMachinesList()).extracting(m -> m.getName()).contains("paged-2");

    // when
    gateway.client.deleteStateMachine(gateway.machine("doomed", GatewayFixture.PASS_CHAIN));

    // then
    final var failure =
        catchThrowableOfType(
            BatonClientException.class,
            () ->
                gateway.client.describeStateMachine(
                    InMemoryMachines.PREFIX + "stateMachine:doomed"));
    assertThat(failure.code()).isEqualTo(Status.Code.NOT_FOUND);
    assertThat(failure.awsError()).contains("StateMachineDoesNotExist");
  }

  @Test
  void shouldRefuseAnInvalidDefinitionWithItsAwsName() {
    // when
    final var failure =
        catchThrowableOfType(
            BatonClientException.class,
            () -> gateway.machine("broken", "{\"StartAt\":\"Nowhere\",\"States\":{}}"));

    // then
    assertThat(failure.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(failure.awsError()).contains("InvalidDefinition");
    assertThat(failure.getMessage())
        .startsWith("InvalidDefinition: Invalid State Machine Definition");
  }

  @Test
  void shouldAnswerAlreadyExistsAndInvalidArn() {
    // given
    gateway.machine("taken", GatewayFixture.PASS_CHAIN);

    // when
    final var exists =
        catchThrowableOfType(
            BatonClientException.class, () -> gateway.machine("taken", GatewayFixture.FAILING));
    final var badArn =
        catchThrowableOfType(
            BatonClientException.class, () -> gateway.client.describeStateMachine("not-an-arn"));

    // then
    assertThat(exists.code()).isEqualTo(Status.Code.ALREADY_EXISTS);
    assertThat(exists.awsError()).contains("StateMachineAlreadyExists");
    assertThat(badArn.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(badArn.awsError()).contains("InvalidArn");
  }

  @Test
  void shouldValidateADefinitionWithoutStoringIt() {
    // when
    final var ok = gateway.client.validateDefinition(GatewayFixture.PASS_CHAIN);
    final var bad = gateway.client.validateDefinition("{\"StartAt\":\"X\",\"States\":{}}");

    // then
    assertThat(ok.getResult()).isEqualTo("OK");
    assertThat(bad.getResult()).isEqualTo("FAIL");
    assertThat(bad.getDiagnosticsList())
        .anySatisfy(d -> assertThat(d.getSeverity()).isEqualTo(Diagnostic.Severity.SEVERITY_ERROR));
  }
}
