/**
 * Static validation of Amazon States Language definitions, in the shape of AWS's
 * ValidateStateMachineDefinition diagnostics.
 *
 * <ul>
 *   <li>{@link io.baton.engine.definition.validate.DefinitionValidator} is the entry point; it
 *       returns every problem found as a {@link io.baton.engine.definition.validate.Diagnostic}.
 *   <li>One validator per state type, plus shared checks for fields, paths and templates, Choice
 *       rules, Retry and Catch, and transitions; all report into one {@code ValidationContext}.
 *   <li>Pure and exception-free on any input: no I/O, clock or randomness.
 * </ul>
 */
package io.baton.engine.definition.validate;
