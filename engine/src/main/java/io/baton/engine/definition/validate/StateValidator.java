package io.baton.engine.definition.validate;

/**
 * Validates the fields specific to one state type.
 *
 * <ul>
 *   <li>Runs after the checks common to all states, and only sees usable fields.
 *   <li>Reports every problem into the context; never throws.
 * </ul>
 */
interface StateValidator {
  void validate(StateContext state);
}
