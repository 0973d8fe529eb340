package io.baton.engine.definition.validate;

/**
 * How bad a {@link Diagnostic} is, as in AWS's ValidateStateMachineDefinition.
 *
 * <ul>
 *   <li>{@link #ERROR}: AWS would refuse the definition (CreateStateMachine fails).
 *   <li>{@link #WARNING}: the definition is accepted but probably not what was meant.
 * </ul>
 */
public enum Severity {
  ERROR,
  WARNING
}
