package io.baton.engine.definition.validate;

/**
 * The diagnostic codes of AWS's ValidateStateMachineDefinition API that Baton reports.
 *
 * <ul>
 *   <li>Codes are AWS's own names, so callers written against AWS keep working.
 *   <li>The codes about state machine names (STATE_MACHINE_NAME_*) belong to the API layer, which
 *       knows the name; the definition validator never reports them.
 * </ul>
 */
public final class DiagnosticCodes {
  /** The text is not JSON. */
  public static final String INVALID_JSON_DESCRIPTION = "INVALID_JSON_DESCRIPTION";

  /** The text is null or empty. */
  public static final String MISSING_DESCRIPTION = "MISSING_DESCRIPTION";

  /** A field is missing, unknown, of the wrong type or out of range. */
  public static final String SCHEMA_VALIDATION_FAILED = "SCHEMA_VALIDATION_FAILED";

  /** A Task state's Resource is not an ARN. */
  public static final String INVALID_RESOURCE = "INVALID_RESOURCE";

  /** A (sub-)machine has no state that ends it. */
  public static final String MISSING_END_STATE = "MISSING_END_STATE";

  /** Two states share a name. */
  public static final String DUPLICATE_STATE_NAME = "DUPLICATE_STATE_NAME";

  /** A state name is empty or too long. */
  public static final String INVALID_STATE_NAME = "INVALID_STATE_NAME";

  /** Two Map states share a Label. */
  public static final String DUPLICATE_LABEL_NAME = "DUPLICATE_LABEL_NAME";

  /** A Map Label is too long or has a forbidden character. */
  public static final String INVALID_LABEL_NAME = "INVALID_LABEL_NAME";

  /** A transition names a state that does not exist in its scope, or a state is unreachable. */
  public static final String MISSING_TRANSITION_TARGET = "MISSING_TRANSITION_TARGET";

  /** Parallel branches, Map processors or Choice rules are nested too deeply. */
  public static final String TOO_DEEPLY_NESTED = "TOO_DEEPLY_NESTED";

  /** Warning: a payload value looks like a path but its key does not end with ".$". */
  public static final String NO_DOLLAR = "NO_DOLLAR";

  /** Warning: a value looks like a path but its field name does not end with "Path". */
  public static final String NO_PATH = "NO_PATH";

  /** Warning: a Pass state's Result uses a ".$" key, which is not evaluated. */
  public static final String PASS_RESULT_IS_STATIC = "PASS_RESULT_IS_STATIC";

  private DiagnosticCodes() {}
}
