package io.baton.node.service;

import java.util.regex.Pattern;

/** AWS's rules for names and ARNs, with the errors AWS gives when they are broken. */
public final class Names {
  // AWS forbids whitespace, brackets, wildcards, special characters and control characters.
  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "[\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\p{Cntrl}\\u0000-\\u001f\\u007f-\\u009f]");

  private Names() {}

  /** Checks a state machine, execution or activity name (1–80 characters, no forbidden ones). */
  public static void check(String field, String name) {
    if (name == null || name.isEmpty() || name.length() > 80) {
      throw new BatonException(
          "InvalidName", "Invalid Name: '" + name + "' (" + field + " must be 1 to 80 characters)");
    }
    if (FORBIDDEN.matcher(name).find()) {
      throw new BatonException(
          "InvalidName",
          "Invalid Name: '" + name + "' (" + field + " contains a character that is not allowed)");
    }
  }

  public static String stateMachineArn(String region, String account, String name) {
    return "arn:aws:states:" + region + ":" + account + ":stateMachine:" + name;
  }

  public static String executionArn(String region, String account, String machine, String name) {
    return "arn:aws:states:" + region + ":" + account + ":execution:" + machine + ":" + name;
  }

  public static String activityArn(String region, String account, String name) {
    return "arn:aws:states:" + region + ":" + account + ":activity:" + name;
  }

  /** The name part of a state machine or activity ARN; InvalidArn when it is not one. */
  public static String resourceName(String arn, String kind) {
    final String prefix = ":" + kind + ":";
    final int at = arn == null ? -1 : arn.indexOf(prefix);
    if (arn == null || !arn.startsWith("arn:") || at < 0 || arn.length() == at + prefix.length()) {
      throw new BatonException("InvalidArn", "Invalid Arn: '" + arn + "'");
    }
    return arn.substring(at + prefix.length());
  }

  /** The state machine ARN an execution ARN belongs to; InvalidArn when it is not one. */
  public static String machineOfExecution(String executionArn) {
    final String name = resourceName(executionArn, "execution");
    final int colon = name.indexOf(':');
    if (colon <= 0) {
      throw new BatonException("InvalidArn", "Invalid Arn: '" + executionArn + "'");
    }
    final String prefix = executionArn.substring(0, executionArn.indexOf(":execution:"));
    return prefix + ":stateMachine:" + name.substring(0, colon);
  }
}
