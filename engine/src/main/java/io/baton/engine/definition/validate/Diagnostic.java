package io.baton.engine.definition.validate;

import java.util.Objects;

/**
 * One problem found in a state machine definition, shaped like an AWS
 * ValidateStateMachineDefinition diagnostic.
 *
 * <ul>
 *   <li>{@code code} is one of AWS's diagnostic codes, see {@link DiagnosticCodes}.
 *   <li>{@code message} says which field is wrong and how, modelled on AWS's InvalidDefinition
 *       messages.
 *   <li>{@code location} is a JSON pointer into the definition ({@code "/States/A/Next"}); keys are
 *       escaped per RFC 6901 and array elements are written the way AWS writes them ({@code
 *       "/States/C/Choices[0]/Next"}). The empty string means the whole definition.
 *   <li>No component is ever null.
 * </ul>
 */
public record Diagnostic(Severity severity, String code, String message, String location) {
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
  }

  /** Whether this diagnostic makes the definition invalid. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The diagnostic the way CreateStateMachine prints it: {@code CODE: message at location}. */
  @Override
  public String toString() {
    return code + ": " + message + (location.isEmpty() ? "" : " at " + location);
  }
}
