package io.baton.engine.data.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.error.ErrorNames;
import io.baton.engine.error.FailureException;
import io.baton.engine.json.Json;

/**
 * The {@code States.QueryEvaluationError} failures of JSONata fields, worded as AWS words them.
 *
 * <ul>
 *   <li>Every cause opens with {@code The JSONata expression '<expr>' specified for the field
 *       '<field>'}; with an empty field name the "specified for the field" clause is left out.
 *   <li>The field is named relative to the state: {@code Output}, {@code Output/a/b[0]}, {@code
 *       Assign/x}, {@code Arguments/Input/id}, {@code Items}, {@code Choices[1]/Condition}.
 *   <li>The cause is only the text after AWS's "An error occurred while executing the state ..."
 *       prefix; the interpreter adds that prefix.
 *   <li>May be used by state handlers for their own checks of an expression's result, such as
 *       {@link #unexpectedType} for a Map state's {@code Items}.
 * </ul>
 */
public final class JsonataFailures {
  private JsonataFailures() {}

  /** The expression evaluated to undefined, which no JSON field can hold. */
  public static FailureException undefined(String expression, String field) {
    return failure(subject(expression, field) + " returned nothing (undefined).");
  }

  /**
   * The expression's value has the wrong JSON type for its field, e.g. {@code Expected 'array', but
   * was 'object' for value: {"foo":"bar"}}.
   */
  public static FailureException unexpectedType(
      String expression, String field, String expectedType, JsonNode value) {
    return failure(
        subject(expression, field)
            + " returned an unexpected result type. Expected '"
            + expectedType
            + "', but was '"
            + typeName(value)
            + "' for value: "
            + Json.write(value));
  }

  /** The expression's value is not JSON at all, such as a function. */
  public static FailureException unsupportedType(String expression, String field) {
    return failure(subject(expression, field) + " returned an unsupported result type.");
  }

  /**
   * The expression failed while evaluating. A coded JSONata error follows a full stop ({@code ".
   * T2001: ..."}); an uncoded one, such as an exceeded bound, follows a colon.
   */
  static FailureException threw(String expression, String field, JsonataMessages.Detail detail) {
    final String tail =
        detail
            .code()
            .map(code -> ". " + code + ": " + detail.message())
            .orElse(": " + detail.message());
    return failure(subject(expression, field) + " threw an error during evaluation" + tail);
  }

  /** The JSONata type name of a JSON value: array, object, string, number, boolean or null. */
  public static String typeName(JsonNode value) {
    if (value.isArray()) {
      return "array";
    }
    if (value.isObject()) {
      return "object";
    }
    if (value.isTextual()) {
      return "string";
    }
    if (value.isNumber()) {
      return "number";
    }
    if (value.isBoolean()) {
      return "boolean";
    }
    return value.isNull() ? "null" : "undefined";
  }

  private static String subject(String expression, String field) {
    final String quoted = "The JSONata expression '" + expression + "'";
    return field.isEmpty() ? quoted : quoted + " specified for the field '" + field + "'";
  }

  private static FailureException failure(String cause) {
    return new FailureException(ErrorNames.QUERY_EVALUATION_ERROR, cause);
  }
}
