/**
 * JSONata for states with {@code "QueryLanguage": "JSONata"}: {@link
 * io.baton.engine.data.jsonata.JsonataTemplate} evaluates a field value, {@link
 * io.baton.engine.data.jsonata.JsonataEvaluator} a single expression, {@link
 * io.baton.engine.data.jsonata.StatesVariable} builds {@code $states}, and {@link
 * io.baton.engine.data.jsonata.JsonataFailures} words the {@code States.QueryEvaluationError}
 * causes as AWS does.
 *
 * <p>Everything here is pure: time and randomness come from the {@code DataContext}.
 */
package io.baton.engine.data.jsonata;
