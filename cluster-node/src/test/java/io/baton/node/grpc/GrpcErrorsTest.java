package io.baton.node.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.client.BatonClientException;
import io.baton.client.BatonErrors;
import io.baton.node.service.BatonException;
import io.grpc.Status;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrpcErrorsTest {
  @ParameterizedTest
  @CsvSource({
    "StateMachineDoesNotExist, NOT_FOUND",
    "ExecutionDoesNotExist, NOT_FOUND",
    "ActivityDoesNotExist, NOT_FOUND",
    "TaskDoesNotExist, NOT_FOUND",
    "ExecutionAlreadyExists, ALREADY_EXISTS",
    "StateMachineAlreadyExists, ALREADY_EXISTS",
    "InvalidDefinition, INVALID_ARGUMENT",
    "InvalidName, INVALID_ARGUMENT",
    "InvalidArn, INVALID_ARGUMENT",
    "InvalidExecutionInput, INVALID_ARGUMENT",
    "ValidationException, INVALID_ARGUMENT",
    "InvalidToken, INVALID_ARGUMENT",
    "TaskTimedOut, FAILED_PRECONDITION",
    "ThrottlingException, RESOURCE_EXHAUSTED",
    "ExecutionLimitExceeded, RESOURCE_EXHAUSTED",
    "SomethingNew, FAILED_PRECONDITION"
  })
  void shouldMapEachAwsErrorToItsStatusCode(String awsError, Status.Code code) {
    // when
    final var status = GrpcErrors.toStatus(new BatonException(awsError, "why"));

    // then
    assertThat(status.getStatus().getCode()).isEqualTo(code);
    assertThat(status.getStatus().getDescription()).isEqualTo("why");
    assertThat(BatonErrors.awsError(status)).contains(awsError);
    assertThat(status.getTrailers().get(BatonErrors.AWS_ERROR)).isEqualTo(awsError);
  }

  @Test
  void shouldUnwrapFailuresOfCompletionStages() {
    // when
    final var status =
        GrpcErrors.toStatus(
            new CompletionException(new BatonException("InvalidArn", "Invalid Arn: 'x'")));

    // then
    assertThat(status.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(BatonClientException.from(status).getMessage())
        .isEqualTo("InvalidArn: Invalid Arn: 'x'");
  }

  @Test
  void shouldAnswerAnEntityThatDidNotAnswerAsUnavailable() {
    // when: an ask to an execution entity timed out, as on an overloaded node
    final var status =
        GrpcErrors.toStatus(
            new CompletionException(
                new akka.pattern.AskTimeoutException("Ask timed out after [10000 ms]")));

    // then: retryable, in the AWS gateway's terms, and without the internals
    assertThat(status.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    assertThat(BatonErrors.awsError(status)).contains("ServiceUnavailable");
    assertThat(status.getStatus().getDescription()).doesNotContain("10000");
  }

  @Test
  void shouldHideBugsBehindInternalFailure() {
    // when
    final var status = GrpcErrors.toStatus(new NullPointerException("secret detail"));

    // then
    assertThat(status.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
    assertThat(status.getStatus().getDescription()).doesNotContain("secret");
    assertThat(BatonErrors.awsError(status)).contains("InternalFailure");
  }

  @Test
  void shouldKeepStatusesAndCancellations() {
    // expect
    assertThat(GrpcErrors.toStatus(Status.UNAVAILABLE.asRuntimeException()).getStatus().getCode())
        .isEqualTo(Status.Code.UNAVAILABLE);
    assertThat(GrpcErrors.toStatus(new CancellationException()).getStatus().getCode())
        .isEqualTo(Status.Code.CANCELLED);
  }
}
