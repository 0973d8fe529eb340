package io.baton.node.api.aws;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shape of Step Functions ARNs, checked in the gateway so that a malformed one gets AWS's
 * {@code InvalidArn} before it reaches the service; whether the resource exists is the service's
 * question.
 *
 * <ul>
 *   <li>{@code arn:<partition>:states:<region>:<account>:<type>:<id...>} with a 12-digit account.
 *   <li>How many {@code :}-separated id parts a type has: a state machine one (two with a version
 *       or alias), an execution two, an EXPRESS execution three, an activity one, a Map Run two.
 * </ul>
 */
final class ResourceArns {
  static final String STATE_MACHINE = "stateMachine";
  static final String EXECUTION = "execution";
  static final String EXPRESS = "express";
  static final String ACTIVITY = "activity";
  static final String MAP_RUN = "mapRun";

  private static final Map<String, int[]> ID_PARTS =
      Map.of(
          STATE_MACHINE, new int[] {1, 2},
          EXECUTION, new int[] {2, 2},
          EXPRESS, new int[] {3, 3},
          ACTIVITY, new int[] {1, 1},
          MAP_RUN, new int[] {2, 2});
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern ANY_ARN = Pattern.compile("arn:[^:]+:[^:]+:[^:]*:[^:]*:.+");

  private ResourceArns() {}

  /**
   * Checks that {@code arn} names a Step Functions resource of one of {@code types}.
   *
   * @throws AwsError {@code InvalidArn} naming the problem as AWS does
   */
  static void check(String arn, Set<String> types) {
    final String[] parts = arn.split(":", -1);
    final boolean header =
        parts.length >= 7
            && "arn".equals(parts[0])
            && !parts[1].isEmpty()
            && "states".equals(parts[2])
            && !parts[3].isEmpty()
            && ACCOUNT.matcher(parts[4]).matches();
    final int[] bounds = header ? ID_PARTS.get(parts[5]) : null;
    if (bounds == null) {
      throw AwsError.invalidArn(arn);
    }
    final int ids = parts.length - 6;
    if (ids < bounds[0] || ids > bounds[1]) {
      throw AwsError.invalidArn(arn);
    }
    for (int i = 6; i < parts.length; i++) {
      if (parts[i].isEmpty()) {
        throw AwsError.invalidArn(arn);
      }
    }
    if (!types.contains(parts[5])) {
      throw AwsError.client(
          "InvalidArn", "Invalid Arn: 'Resource type not valid in this context: " + parts[5] + "'");
    }
  }

  /** Checks the general ARN form only, for ARNs of other services such as an IAM role. */
  static void checkAnyService(String arn) {
    if (!ANY_ARN.matcher(arn).matches()) {
      throw AwsError.invalidArn(arn);
    }
  }
}
