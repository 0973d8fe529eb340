package io.baton.engine.definition.validate;

import static io.baton.engine.definition.validate.Validation.messages;
import static io.baton.engine.definition.validate.Validation.validateState;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PayloadTemplateTest {

  /** A Pass state whose Parameters hold one "v.$" key with the given JSON value. */
  private static List<Diagnostic> validateDynamicValue(String value) {
    return validateState("{'Type':'Pass','Parameters':{'v.$':" + value + "},'End':true}");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "'$'",
        "'$.a.b[0]'",
        "'$$.Execution.Input'",
        "'$$'",
        "'$myVar.field'",
        "'$.items[?(@.price > 10)]'",
        "'$..name'",
        "'States.Format(\\u0027{} and {}\\u0027, $.a, $$.Map.Item.Index)'",
        "'States.Array()'",
        "'States.UUID()'",
        "'States.MathRandom(1, 10)'",
        "'States.JsonMerge($.a, States.StringToJson($.b), false)'",
        "'States.ArrayGetItem(States.Array(1, -2.5, null, true), 0)'",
        "'States.Format(\\u0027a\\\\\\u0027b, c)\\u0027)'"
      })
  void shouldAcceptPathsAndIntrinsicFunctionsInDynamicKeys(String value) {
    // when
    final List<Diagnostic> diagnostics = validateDynamicValue(value);

    // then
    assertThat(diagnostics).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "'a.b'",
        "1",
        "{}",
        "'$.a['",
        "'States.Nope()'",
        "'States.ArrayLength($.a, $.b)'",
        "'States.UUID(1)'",
        "'States.Format(\\u0027unterminated)'",
        "'States.Format(\\u0027x\\u0027 $.a)'",
        "'States.Array(foo)'",
        "'States.Array(1) trailing'",
        "'States.Array(1'"
      })
  void shouldRejectOtherValuesInDynamicKeys(String value) {
    // when
    final List<Diagnostic> diagnostics = validateDynamicValue(value);

    // then
    assertThat(diagnostics)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(DiagnosticCodes.SCHEMA_VALIDATION_FAILED);
              assertThat(d.message())
                  .startsWith(
                      "The value for the field 'v.$' must be a valid JSONPath or a valid"
                          + " intrinsic function call");
              assertThat(d.location()).isEqualTo("/States/S/Parameters/v.$");
            });
  }

  @Test
  void shouldExplainWhatIsWrongWithAnIntrinsicCall() {
    // when
    final List<Diagnostic> diagnostics = validateDynamicValue("'States.Hash($.a)'");

    // then
    assertThat(messages(diagnostics))
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: The value for the field 'v.$' must be a valid JSONPath or a"
                + " valid intrinsic function call: States.Hash takes 2 arguments but was given 1"
                + " at /States/S/Parameters/v.$");
  }

  @Test
  void shouldCheckNestedObjectsAndArrays() {
    // when
    final List<Diagnostic> diagnostics =
        validateState("{'Type':'Pass','Parameters':{'a':{'b':[{'c.$':'nope'}]}},'End':true}");

    // then
    assertThat(diagnostics)
        .extracting(Diagnostic::location)
        .containsExactly("/States/S/Parameters/a/b[0]/c.$");
  }

  @Test
  void shouldWarnWhenAPlainKeyHoldsAPath() {
    // when
    final List<Diagnostic> diagnostics =
        validateState("{'Type':'Pass','Parameters':{'a':'$.x','b':'plain'},'End':true}");

    // then
    assertThat(diagnostics)
        .extracting(Diagnostic::severity, Diagnostic::code, Diagnostic::location)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Severity.WARNING, DiagnosticCodes.NO_DOLLAR, "/States/S/Parameters/a"));
  }

  @Test
  void shouldWarnThatAPassResultIsStatic() {
    // when
    final List<Diagnostic> diagnostics =
        validateState("{'Type':'Pass','Result':{'a.$':'$.x'},'End':true}");

    // then
    assertThat(diagnostics)
        .extracting(Diagnostic::severity, Diagnostic::code, Diagnostic::location)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Severity.WARNING, DiagnosticCodes.PASS_RESULT_IS_STATIC, "/States/S/Result/a.$"));
  }
}
