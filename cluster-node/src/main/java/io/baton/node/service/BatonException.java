package io.baton.node.service;

/**
 * A request the node refuses, named as AWS names it ({@code StateMachineDoesNotExist}, {@code
 * ExecutionAlreadyExists}, {@code InvalidArn}, …) with a message that says which field and why.
 * Gateways map it to their protocol's error shape; it is never a bug.
 */
public final class BatonException extends RuntimeException {
  private final String errorName;

  public BatonException(String errorName, String message) {
    super(message, null, false, false);
    this.errorName = errorName;
  }

  /** The AWS error name, e.g. {@code ExecutionDoesNotExist}. */
  public String errorName() {
    return errorName;
  }
}
