package io.baton.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.data.PathFields;
import io.baton.engine.definition.ChoiceBranch;
import io.baton.engine.definition.ChoiceState;
import io.baton.engine.error.ErrorNames;
import io.baton.engine.error.Failure;
import io.baton.engine.error.FailureException;
import io.baton.engine.execution.Frame;
import io.baton.engine.interpreter.choice.ChoiceEvaluator;
import io.baton.engine.json.Json;
import java.util.Optional;

/** Choice: the first rule that matches names the next state; otherwise Default. */
final class ChoiceHandler {
  private ChoiceHandler() {}

  static void run(Decider d, Frame f, ChoiceState state) {
    final StateData data = new StateData(d, f);
    if (data.jsonata) {
      runJsonata(d, f, state, data);
      return;
    }
    final JsonNode input =
        PathFields.select(state.dataFlow().inputPath(), f.stateInput(), data.data(f.stateInput()));
    for (ChoiceBranch branch : state.choices()) {
      if (ChoiceEvaluator.matches(branch.rule().orElseThrow(), data.data(input))) {
        final ObjectNode assigned = data.jsonPathAssign(branch.assign(), input);
        final JsonNode output = PathFields.select(state.dataFlow().outputPath(), input, data.data(input));
        Exits.exit(d, f, output, assigned, Optional.of(branch.next()));
        return;
      }
    }
    if (state.defaultState().isPresent()) {
      Exits.exit(d, f, data.finish(null, input), state.defaultState());
      return;
    }
    noMatch(d, f);
  }

  private static void runJsonata(Decider d, Frame f, ChoiceState state, StateData data) {
    final ObjectNode states = data.states(null, null);
    for (ChoiceBranch branch : state.choices()) {
      final JsonNode verdict = data.jsonata(branch.condition(), "Condition", states);
      if (!verdict.isBoolean()) {
        throw new FailureException(
            ErrorNames.QUERY_EVALUATION_ERROR,
            "The JSONata expression '"
                + expression(branch.condition())
                + "' specified for the field 'Condition' returned an unexpected result type."
                + " Expected 'boolean', but was '"
                + JsonTypes.name(verdict)
                + "' for value: "
                + Json.write(verdict));
      }
      if (verdict.asBoolean()) {
        final ObjectNode assigned = data.jsonataAssign(branch.assign(), states);
        final JsonNode output =
            branch.output().isMissingNode()
                ? f.stateInput()
                : data.jsonata(branch.output(), "Output", states);
        Exits.exit(d, f, output, assigned, Optional.of(branch.next()));
        return;
      }
    }
    if (state.defaultState().isPresent()) {
      Exits.exit(d, f, data.finish(null, f.stateInput()), state.defaultState());
      return;
    }
    noMatch(d, f);
  }

  private static void noMatch(Decider d, Frame f) {
    Failures.frameFailed(
        d,
        f,
        Failure.of(
            ErrorNames.NO_CHOICE_MATCHED,
            "An error occurred while executing the state '"
                + f.stateName()
                + "' (entered at the event id #"
                + f.enteredEventId()
                + "). No Matches!"));
  }

  private static String expression(JsonNode template) {
    final String text = template.asText().trim();
    if (text.startsWith("{%") && text.endsWith("%}")) {
      return text.substring(2, text.length() - 2).trim();
    }
    return text;
  }
}
