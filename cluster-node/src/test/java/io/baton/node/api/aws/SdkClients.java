package io.baton.node.api.aws;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/** The real AWS SDK for Java v2 Step Functions client, pointed at a Baton endpoint. */
final class SdkClients {
  private SdkClients() {}

  /**
   * A client signing with the given keys. Retries are off so that an error reaches the test as it
   * is; the {@code sync-} host prefix of StartSyncExecution is off because a local endpoint has no
   * such host name.
   */
  static SfnClient client(URI endpoint, String accessKeyId, String secretKey) {
    return SfnClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretKey)))
        .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(70)).build())
        .overrideConfiguration(
            o ->
                o.retryStrategy(AwsRetryStrategy.doNotRetry())
                    .putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
        .build();
  }

  static SfnClient client(URI endpoint) {
    return client(endpoint, "AKIDEXAMPLE", "any-secret");
  }
}
