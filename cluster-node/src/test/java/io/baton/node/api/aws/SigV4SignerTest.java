package io.baton.node.api.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The signer against the worked example of AWS's SigV4 documentation (IAM ListUsers). */
class SigV4SignerTest {
  private static final SignedRequest EXAMPLE =
      new SignedRequest(
          "GET",
          "/",
          "Action=ListUsers&Version=2010-05-08",
          Map.of(
              "content-type", List.of("application/x-www-form-urlencoded; charset=utf-8"),
              "host", List.of("iam.amazonaws.com"),
              "x-amz-date", List.of("20150830T123600Z")),
          new byte[0]);
  private static final List<String> SIGNED = List.of("content-type", "host", "x-amz-date");

  @Test
  void shouldBuildTheDocumentedCanonicalRequest() {
    // when
    final String canonical = SigV4Signer.canonicalRequest(EXAMPLE, SIGNED);

    // then
    assertThat(canonical)
        .isEqualTo(
            "GET\n/\nAction=ListUsers&Version=2010-05-08\n"
                + "content-type:application/x-www-form-urlencoded; charset=utf-8\n"
                + "host:iam.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
                + "content-type;host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(SigV4Signer.hex(SigV4Signer.sha256(canonical)))
        .isEqualTo("f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59");
  }

  @Test
  void shouldComputeTheDocumentedSignature() {
    // when
    final String signature =
        SigV4Signer.signature(
            EXAMPLE,
            SIGNED,
            "20150830T123600Z",
            "20150830/us-east-1/iam/aws4_request",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

    // then
    assertThat(signature)
        .isEqualTo("5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7");
  }

  @Test
  void shouldSortAndEncodeQueryParametersAndCollapseHeaderSpaces() {
    // given
    final SignedRequest request =
        new SignedRequest(
            "post",
            "/a%20b/",
            "b=2&a=x%20y&a-b=1",
            Map.of("host", List.of("  h   with  spaces ")),
            "{}".getBytes(StandardCharsets.UTF_8));

    // when
    final String canonical = SigV4Signer.canonicalRequest(request, List.of("host"));

    // then
    assertThat(canonical).startsWith("POST\n/a%2520b/\na=x%20y&a-b=1&b=2\nhost:h with spaces\n");
  }
}
