package io.baton.client.cli;

/** ARNs in AWS's exact form. */
public final class Arns {
  private Arns() {}

  public static String stateMachine(String region, String account, String name) {
    return "arn:aws:states:" + region + ":" + account + ":stateMachine:" + name;
  }

  /** EXPRESS executions' ARNs carry a third part that makes each run unique. */
  public static String expressExecution(
      String region, String account, String machine, String name, java.time.Instant start) {
    return "arn:aws:states:"
        + region
        + ":"
        + account
        + ":express:"
        + machine
        + ":"
        + name
        + ":"
        + java.util.UUID.nameUUIDFromBytes(
            (machine + name + start).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  public static String execution(String region, String account, String machine, String name) {
    return "arn:aws:states:" + region + ":" + account + ":execution:" + machine + ":" + name;
  }
}
