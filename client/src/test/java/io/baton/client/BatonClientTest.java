package io.baton.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.Any;
import com.google.rpc.ErrorInfo;
import io.baton.client.grpc.v1.DescribeStateMachineRequest;
import io.baton.client.grpc.v1.ExecutionsGrpc;
import io.baton.client.grpc.v1.StartExecutionRequest;
import io.baton.client.grpc.v1.StartExecutionResponse;
import io.baton.client.grpc.v1.StateMachine;
import io.baton.client.grpc.v1.StateMachinesGrpc;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client's retries, deadlines and error decoding, against a scripted server on a real port. */
class BatonClientTest {
  private final AtomicInteger describes = new AtomicInteger();
  private final AtomicInteger starts = new AtomicInteger();
  private volatile int failuresBeforeSuccess;
  private Server server;
  private BatonClient client;

  @BeforeEach
  void start() throws IOException {
    server =
        NettyServerBuilder.forPort(0)
            .addService(new ScriptedStateMachines())
            .addService(new ScriptedExecutions())
            .build()
            .start();
    client =
        BatonClient.connect(
            ClientOptions.defaults()
                .withEndpoint("localhost:" + server.getPort())
                .withDeadline(Duration.ofSeconds(5))
                .withRetries(4, Duration.ofMillis(10)));
  }

  @AfterEach
  void stop() {
    client.close();
    server.shutdownNow();
  }

  @Test
  void shouldRetryAnIdempotentCallUntilItSucceeds() {
    // given
    failuresBeforeSuccess = 2;

    // when
    final StateMachine m = client.describeStateMachine("arn:ok");

    // then
    assertThat(m.getName()).isEqualTo("ok");
    assertThat(describes.get()).isEqualTo(3);
  }

  @Test
  void shouldNotRetryStartExecution() {
    // given
    failuresBeforeSuccess = 1;

    // when
    final var failure =
        catchThrowableOfType(
            BatonClientException.class,
            () ->
                client.startExecution(
                    StartExecutionRequest.newBuilder().setStateMachineArn("arn:ok").build()));

    // then
    assertThat(failure.code()).isEqualTo(Status.Code.UNAVAILABLE);
    assertThat(failure.isUnreachable()).isTrue();
    assertThat(starts.get()).isEqualTo(1);
  }

  @Test
  void shouldReadTheAwsErrorFromErrorInfoOrFromTheTrailer() {
    // when
    final var fromDetails =
        catchThrowableOfType(
            BatonClientException.class, () -> client.describeStateMachine("arn:details"));
    final var fromTrailer =
        catchThrowableOfType(
            BatonClientException.class, () -> client.describeStateMachine("arn:trailer"));

    // then
    assertThat(fromDetails.code()).isEqualTo(Status.Code.NOT_FOUND);
    assertThat(fromDetails.awsError()).contains("StateMachineDoesNotExist");
    assertThat(fromDetails.getMessage()).isEqualTo("StateMachineDoesNotExist: no such machine");
    assertThat(fromTrailer.awsError()).contains("InvalidArn");
  }

  @Test
  void shouldGiveUpAtTheDeadline() {
    // given
    try (BatonClient impatient =
        BatonClient.connect(
            client
                .options()
                .withDeadline(Duration.ofMillis(200))
                .withRetries(1, Duration.ofMillis(10)))) {

      // when
      final var failure =
          catchThrowableOfType(
              BatonClientException.class, () -> impatient.describeStateMachine("arn:silent"));

      // then
      assertThat(failure.code()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
      assertThat(failure.isUnreachable()).isTrue();
    }
  }

  private final class ScriptedStateMachines extends StateMachinesGrpc.StateMachinesImplBase {
    @Override
    public void describeStateMachine(
        DescribeStateMachineRequest request, StreamObserver<StateMachine> out) {
      final String arn = request.getStateMachineArn();
      if (arn.equals("arn:silent")) {
        return;
      }
      if (arn.equals("arn:details")) {
        final var status =
            com.google.rpc.Status.newBuilder()
                .setCode(Status.Code.NOT_FOUND.value())
                .setMessage("no such machine")
                .addDetails(
                    Any.pack(
                        ErrorInfo.newBuilder()
                            .setDomain(BatonErrors.DOMAIN)
                            .setReason("StateMachineDoesNotExist")
                            .build()))
                .build();
        out.onError(StatusProto.toStatusRuntimeException(status));
        return;
      }
      if (arn.equals("arn:trailer")) {
        final Metadata trailers = new Metadata();
        trailers.put(BatonErrors.AWS_ERROR, "InvalidArn");
        out.onError(
            Status.INVALID_ARGUMENT.withDescription("bad arn").asRuntimeException(trailers));
        return;
      }
      if (describes.incrementAndGet() <= failuresBeforeSuccess) {
        out.onError(Status.UNAVAILABLE.withDescription("try again").asRuntimeException());
        return;
      }
      out.onNext(StateMachine.newBuilder().setName("ok").build());
      out.onCompleted();
    }
  }

  private final class ScriptedExecutions extends ExecutionsGrpc.ExecutionsImplBase {
    @Override
    public void startExecution(
        StartExecutionRequest request, StreamObserver<StartExecutionResponse> out) {
      if (starts.incrementAndGet() <= failuresBeforeSuccess) {
        out.onError(Status.UNAVAILABLE.withDescription("try again").asRuntimeException());
        return;
      }
      out.onNext(StartExecutionResponse.getDefaultInstance());
      out.onCompleted();
    }
  }
}
