package io.baton.engine.interpreter;

import io.baton.engine.error.ErrorNames;
import java.util.List;

/** Whether an ErrorEquals list matches an error, with the States.* wildcards' rules. */
final class ErrorMatching {
  private ErrorMatching() {}

  static boolean matches(List<String> errorEquals, String error) {
    if (ErrorNames.RUNTIME.equals(error)) {
      // States.Runtime is never retried or caught, not even by States.ALL.
      return false;
    }
    for (String candidate : errorEquals) {
      if (candidate.equals(error) || ErrorNames.ALL.equals(candidate)) {
        return true;
      }
      // AWS: States.TaskFailed matches any known error except States.Timeout.
      if (ErrorNames.TASK_FAILED.equals(candidate) && !ErrorNames.TIMEOUT.equals(error)) {
        return true;
      }
    }
    return false;
  }
}
