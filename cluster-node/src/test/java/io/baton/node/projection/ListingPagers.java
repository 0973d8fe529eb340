package io.baton.node.projection;

import io.baton.client.BatonClient;
import io.baton.client.grpc.v1.ListExecutionsRequest;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;

/**
 * ListExecutions pages through the two real gateways of a node: the AWS SDK against the AWS JSON
 * API, and the gRPC client.
 */
final class ListingPagers implements AutoCloseable {
  record Page(List<String> arns, Optional<String> nextToken) {}

  interface Pager {
    String name();

    Page page(String machineArn, int size, Optional<String> token);
  }

  private final SfnClient sfn;
  private final BatonClient grpc;

  ListingPagers(int httpPort, String grpcEndpoint) {
    this.sfn =
        SfnClient.builder()
            .endpointOverride(URI.create("http://127.0.0.1:" + httpPort))
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
            .httpClient(UrlConnectionHttpClient.create())
            .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
            .build();
    this.grpc = BatonClient.connect(grpcEndpoint);
  }

  List<Pager> all() {
    return List.of(aws(), grpc());
  }

  private Pager aws() {
    return new Pager() {
      @Override
      public String name() {
        return "aws";
      }

      @Override
      public Page page(String machineArn, int size, Optional<String> token) {
        final var response =
            sfn.listExecutions(
                b -> b.stateMachineArn(machineArn).maxResults(size).nextToken(token.orElse(null)));
        return new Page(
            response.executions().stream().map(ExecutionListItem::executionArn).toList(),
            Optional.ofNullable(response.nextToken()));
      }
    };
  }

  private Pager grpc() {
    return new Pager() {
      @Override
      public String name() {
        return "grpc";
      }

      @Override
      public Page page(String machineArn, int size, Optional<String> token) {
        final var response =
            grpc.listExecutions(
                ListExecutionsRequest.newBuilder()
                    .setStateMachineArn(machineArn)
                    .setPageSize(size)
                    .setPageToken(token.orElse(""))
                    .build());
        return new Page(
            response.getExecutionsList().stream().map(e -> e.getExecutionArn()).toList(),
            response.getNextPageToken().isEmpty()
                ? Optional.empty()
                : Optional.of(response.getNextPageToken()));
      }
    };
  }

  @Override
  public void close() {
    sfn.close();
    grpc.close();
  }
}
