package io.baton.node.grpc;

import io.baton.client.BatonClient;
import io.baton.client.ClientOptions;
import io.baton.client.grpc.v1.CreateStateMachineRequest;
import io.baton.client.grpc.v1.Execution;
import io.baton.client.grpc.v1.ExecutionStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * A gateway on a free port over an {@link InMemoryBatonService}, and a client connected to it
 * through real sockets.
 */
final class GatewayFixture implements AutoCloseable {
  static final String PASS_CHAIN =
      "{\"StartAt\":\"A\",\"States\":{"
          + "\"A\":{\"Type\":\"Pass\",\"Result\":{\"n\":1},\"ResultPath\":\"$.a\",\"Next\":\"B\"},"
          + "\"B\":{\"Type\":\"Pass\",\"End\":true}}}";

  static final String FAILING =
      "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"Boom\",\"Cause\":\"on purpose\"}}}";

  final InMemoryBatonService service;
  final GrpcServer server;
  final BatonClient client;

  private GatewayFixture(InMemoryBatonService service, GrpcServer server, ClientOptions options) {
    this.service = service;
    this.server = server;
    this.client = BatonClient.connect(options.withEndpoint(endpoint(server)));
  }

  static GatewayFixture start() {
    return start(GrpcServerConfig.defaults(), Duration.ofMillis(20));
  }

  static GatewayFixture start(GrpcServerConfig config, Duration eventDelay) {
    return start(config, eventDelay, ClientOptions.defaults());
  }

  static GatewayFixture start(GrpcServerConfig config, Duration eventDelay, ClientOptions options) {
    final InMemoryBatonService service = new InMemoryBatonService(eventDelay);
    final GrpcServer server =
        GrpcServer.start(service, config.withPort(0).withWatchPollInterval(Duration.ofMillis(50)));
    return new GatewayFixture(service, server, options);
  }

  String endpoint() {
    return endpoint(server);
  }

  private static String endpoint(GrpcServer server) {
    return "localhost:" + server.port();
  }

  /** Creates a state machine and answers its ARN. */
  String machine(String name, String definition) {
    return client
        .createStateMachine(
            CreateStateMachineRequest.newBuilder().setName(name).setDefinition(definition).build())
        .getStateMachineArn();
  }

  /** Waits (by polling describe, bounded in time) until the execution is no longer running. */
  Execution awaitEnd(String executionArn, Duration atMost) {
    final Instant until = Instant.now().plus(atMost);
    while (Instant.now().isBefore(until)) {
      final Execution e = client.describeExecution(executionArn);
      if (e.getStatus() != ExecutionStatus.EXECUTION_STATUS_RUNNING) {
        return e;
      }
      Thread.onSpinWait();
    }
    throw new AssertionError("Expected " + executionArn + " to end within " + atMost);
  }

  @Override
  public void close() {
    client.close();
    server.close();
    service.shutdown();
  }
}
