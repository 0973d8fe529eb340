package io.baton.node.api.aws;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a request's {@code Authorization: AWS4-HMAC-SHA256 ...} header against the configured
 * access keys, answering AWS's errors.
 *
 * <ul>
 *   <li>no Authorization header: {@code MissingAuthenticationTokenException};
 *   <li>a malformed one, or no {@code X-Amz-Date}: {@code IncompleteSignatureException};
 *   <li>an unknown access key: {@code UnrecognizedClientException};
 *   <li>a wrong signature, scope, or a date more than 15 minutes off: {@code
 *       InvalidSignatureException}.
 * </ul>
 *
 * The credential scope's region is not checked: one node answers for its one configured region,
 * whatever region a client signs for.
 */
final class SigV4Verifier {
  static final String SERVICE = "states";
  private static final Duration MAX_SKEW = Duration.ofMinutes(15);
  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Map<String, String> secrets;
  private final Clock clock;

  SigV4Verifier(Map<String, String> secrets, Clock clock) {
    this.secrets = Map.copyOf(secrets);
    this.clock = clock;
  }

  void verify(SignedRequest request) {
    final String authorization =
        request
            .header("authorization")
            .orElseThrow(
                () ->
                    new AwsError(
                        "MissingAuthenticationTokenException",
                        403,
                        "Missing Authentication Token"));
    final Map<String, String> fields = parse(authorization);
    final String[] credential = fields.get("Credential").split("/", -1);
    if (credential.length != 5) {
      throw incomplete(
          "Authorization header's Credential must be KEY/DATE/REGION/SERVICE/aws4_request");
    }
    final String amzDate =
        request
            .header("x-amz-date")
            .orElseThrow(
                () ->
                    incomplete(
                        "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."));
    checkDate(amzDate, credential);
    final List<String> signedHeaders = List.of(fields.get("SignedHeaders").split(";"));
    if (!signedHeaders.contains("host")) {
      throw invalid("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
    }
    final String secret = secrets.get(credential[0]);
    if (secret == null) {
      throw AwsError.client(
          "UnrecognizedClientException", "The security token included in the request is invalid.");
    }
    final String scope =
        String.join("/", credential[1], credential[2], credential[3], credential[4]);
    final String expected = SigV4Signer.signature(request, signedHeaders, amzDate, scope, secret);
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        fields.get("Signature").getBytes(StandardCharsets.US_ASCII))) {
      throw invalid(
          "The request signature we calculated does not match the signature you provided. "
              + "Check your AWS Secret Access Key and signing method. "
              + "Consult the service documentation for details.");
    }
  }

  private void checkDate(String amzDate, String[] credential) {
    final Instant date;
    try {
      date = Instant.from(AMZ_DATE.parse(amzDate));
    } catch (DateTimeParseException e) {
      throw incomplete("Date must be in ISO-8601 'basic format'. Got '" + amzDate + "'.");
    }
    if (!amzDate.startsWith(credential[1])) {
      throw invalid(
          "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '"
              + credential[1]
              + "' != '"
              + amzDate.substring(0, 8)
              + "', from '"
              + amzDate
              + "'.");
    }
    if (!SERVICE.equals(credential[3])) {
      throw invalid("Credential should be scoped to correct service: '" + SERVICE + "'. ");
    }
    if (!"aws4_request".equals(credential[4])) {
      throw invalid(
          "Credential should be scoped with a valid terminator: 'aws4_request', not '"
              + credential[4]
              + "'. ");
    }
    final Instant now = clock.instant();
    if (date.isBefore(now.minus(MAX_SKEW))) {
      throw invalid(
          "Signature expired: "
              + amzDate
              + " is now earlier than "
              + AMZ_DATE.format(now.minus(MAX_SKEW))
              + " ("
              + AMZ_DATE.format(now)
              + " - 15 min.)");
    }
    if (date.isAfter(now.plus(MAX_SKEW))) {
      throw invalid(
          "Signature not yet current: "
              + amzDate
              + " is still later than "
              + AMZ_DATE.format(now.plus(MAX_SKEW))
              + " ("
              + AMZ_DATE.format(now)
              + " + 15 min.)");
    }
  }

  /** The Credential, SignedHeaders and Signature parameters of the Authorization header. */
  private static Map<String, String> parse(String authorization) {
    final String prefix = SigV4Signer.ALGORITHM + " ";
    if (!authorization.startsWith(prefix)) {
      final String algorithm = authorization.split(" ", 2)[0];
      throw incomplete("Unsupported AWS 'algorithm': '" + algorithm + "'");
    }
    final Map<String, String> fields = new HashMap<>();
    for (String part : authorization.substring(prefix.length()).split(",")) {
      final int eq = part.indexOf('=');
      if (eq > 0) {
        fields.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
      }
    }
    for (String required : List.of("Credential", "SignedHeaders", "Signature")) {
      if (Optional.ofNullable(fields.get(required)).filter(v -> !v.isEmpty()).isEmpty()) {
        throw incomplete(
            "Authorization header requires '"
                + required
                + "' parameter. Authorization="
                + authorization);
      }
    }
    return fields;
  }

  private static AwsError incomplete(String message) {
    return AwsError.client("IncompleteSignatureException", message);
  }

  private static AwsError invalid(String message) {
    return AwsError.client("InvalidSignatureException", message);
  }
}
