package io.baton.client.cli;

/** ARNs in AWS's exact form. */
public final class Arns {
  private Arns() {}

  public static String stateMachine(String region, String account, String name) {
    return "arn:aws:states:" + region + ":" + account + ":stateMachine:" + name;
  }

  public static String execution(String region, String account, String machine, String name) {
    return "arn:aws:states:" + region + ":" + account + ":execution:" + machine + ":" + name;
  }
}
