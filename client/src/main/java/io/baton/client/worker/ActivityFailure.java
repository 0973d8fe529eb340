package io.baton.client.worker;

/**
 * Fails an activity task with an error name and cause that the state machine's Retry and Catch
 * rules match on.
 */
public final class ActivityFailure extends Exception {
  private final String error;

  public ActivityFailure(String error, String cause) {
    super(cause);
    this.error = error;
  }

  public String error() {
    return error;
  }

  /** The cause sent with the failure; never null. */
  public String cause() {
    return getMessage() == null ? "" : getMessage();
  }
}
