package io.baton.node.api.aws;

import java.util.List;

/**
 * The constraints AWS's Step Functions model puts on request members (botocore's {@code
 * stepfunctions/2016-11-23/service-2.json}). AWS checks them before the service sees the request
 * and answers {@code ValidationException}; so does the gateway.
 */
final class Shapes {
  /** A string member: length bounds, counted in characters, and whether AWS hides its value. */
  record StringShape(int min, int max, boolean sensitive) {}

  static final StringShape ARN = new StringShape(1, 256, false);
  static final StringShape LONG_ARN = new StringShape(1, 2000, false);
  static final StringShape NAME = new StringShape(1, 80, false);
  static final StringShape DEFINITION = new StringShape(1, 1024 * 1024, true);
  static final StringShape SENSITIVE_ERROR = new StringShape(0, 256, true);
  static final StringShape SENSITIVE_CAUSE = new StringShape(0, 32768, true);
  static final StringShape VERSION_DESCRIPTION = new StringShape(0, 256, true);
  static final StringShape TASK_TOKEN = new StringShape(1, 2048, false);
  static final StringShape PAGE_TOKEN = new StringShape(1, 1024, false);
  static final StringShape LIST_EXECUTIONS_PAGE_TOKEN = new StringShape(1, 3096, false);
  static final StringShape TRACE_HEADER = new StringShape(0, 256, false);
  static final StringShape TAG_KEY = new StringShape(1, 128, false);
  static final StringShape TAG_VALUE = new StringShape(0, 256, false);

  static final int PAGE_SIZE_MAX = 1000;
  static final int DEFAULT_PAGE_SIZE = 100;
  static final int VALIDATE_MAX_RESULTS = 100;

  static final List<String> MACHINE_TYPES = List.of("STANDARD", "EXPRESS");
  static final List<String> EXECUTION_STATUSES =
      List.of("RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING_REDRIVE");
  static final List<String> REDRIVE_FILTERS = List.of("REDRIVEN", "NOT_REDRIVEN");
  static final List<String> SEVERITIES = List.of("ERROR", "WARNING");
  static final List<String> INCLUDED_DATA = List.of("ALL_DATA", "METADATA_ONLY");
  static final List<String> LOG_LEVELS = List.of("ALL", "ERROR", "FATAL", "OFF");

  private Shapes() {}

  /** Execution inputs and task outputs ({@code SensitiveData}), bounded by the node's setting. */
  static StringShape payload(int maxBytes) {
    return new StringShape(0, maxBytes, true);
  }
}
