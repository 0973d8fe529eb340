package io.baton.client.load;

import io.baton.client.BatonClient;
import io.baton.client.BatonClientException;
import io.baton.client.grpc.v1.CreateStateMachineRequest;
import io.baton.client.grpc.v1.Execution;
import io.baton.client.grpc.v1.ExecutionStatus;
import io.baton.client.grpc.v1.GetExecutionHistoryRequest;
import io.baton.client.grpc.v1.GetExecutionHistoryResponse;
import io.baton.client.grpc.v1.HistoryEvent;
import io.baton.client.grpc.v1.ListStateMachinesRequest;
import io.baton.client.grpc.v1.ListStateMachinesResponse;
import io.baton.client.grpc.v1.StateMachineSummary;
import io.baton.client.grpc.v1.UpdateStateMachineRequest;
import io.grpc.Status;
import java.time.Duration;

/** What a load run does before it starts the clock: the state machine and the probe execution. */
public final class LoadSetup {
  private LoadSetup() {}

  /**
   * Creates the state machine, or points the existing one of that name at this definition, and
   * answers its ARN.
   */
  public static String createOrUpdate(
      BatonClient client, String name, String definition, String roleArn) {
    try {
      return client
          .createStateMachine(
              CreateStateMachineRequest.newBuilder()
                  .setName(name)
                  .setDefinition(definition)
                  .setRoleArn(roleArn)
                  .build())
          .getStateMachineArn();
    } catch (BatonClientException e) {
      if (e.code() != Status.Code.ALREADY_EXISTS) {
        throw e;
      }
    }
    final String arn = find(client, name);
    client.updateStateMachine(
        UpdateStateMachineRequest.newBuilder()
            .setStateMachineArn(arn)
            .setDefinition(definition)
            .setRoleArn(roleArn)
            .build());
    return arn;
  }

  private static String find(BatonClient client, String name) {
    String token = "";
    do {
      final ListStateMachinesResponse page =
          client.listStateMachines(
              ListStateMachinesRequest.newBuilder().setPageSize(1000).setPageToken(token).build());
      for (StateMachineSummary m : page.getStateMachinesList()) {
        if (m.getName().equals(name)) {
          return m.getStateMachineArn();
        }
      }
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    throw new IllegalStateException(
        "Expected state machine " + name + " to exist after it was refused as existing");
  }

  /**
   * Runs one execution to its end and counts its state transitions: the states it entered. Every
   * execution of the run takes the same path, so this count holds for all of them.
   *
   * @throws IllegalStateException when the probe does not succeed: the run would measure failures
   */
  public static int transitionsOfOne(BatonClient client, String stateMachineArn, String input) {
    final String arn = client.startExecution(stateMachineArn, input).getExecutionArn();
    Execution done = client.awaitExecution(arn, Duration.ofSeconds(60));
    for (int i = 0; i < 4 && done.getStatus() == ExecutionStatus.EXECUTION_STATUS_RUNNING; i++) {
      done = client.awaitExecution(arn, Duration.ofSeconds(60));
    }
    if (done.getStatus() != ExecutionStatus.EXECUTION_STATUS_SUCCEEDED) {
      throw new IllegalStateException(
          "Expected the probe execution "
              + arn
              + " to succeed, but it is "
              + GrpcTarget.status(done.getStatus())
              + (done.getError().isEmpty() ? "" : " with " + done.getError() + ": ")
              + done.getCause());
    }
    int entered = 0;
    String token = "";
    do {
      final GetExecutionHistoryResponse page =
          client.getExecutionHistory(
              GetExecutionHistoryRequest.newBuilder()
                  .setExecutionArn(arn)
                  .setPageSize(1000)
                  .setPageToken(token)
                  .setExcludeExecutionData(true)
                  .build());
      for (HistoryEvent event : page.getEventsList()) {
        if (event.getType().endsWith("StateEntered")) {
          entered++;
        }
      }
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    return entered;
  }
}
