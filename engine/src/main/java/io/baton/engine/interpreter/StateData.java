package io.baton.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.data.DataContext;
import io.baton.engine.data.PathFields;
import io.baton.engine.data.PayloadTemplate;
import io.baton.engine.data.jsonata.JsonataTemplate;
import io.baton.engine.definition.DataFlow;
import io.baton.engine.definition.QueryLanguage;
import io.baton.engine.definition.State;
import io.baton.engine.execution.Frame;
import io.baton.engine.json.Json;

/**
 * The input and output processing of one state in one frame, in either query language.
 *
 * <ul>
 *   <li>JSONPath: InputPath → Parameters → (work) → ResultSelector → Assign → ResultPath →
 *       OutputPath.
 *   <li>JSONata: Arguments → (work) → Assign and Output, both seeing {@code $states.result}.
 *   <li>Assign and Output/OutputPath see the variables as they were before this state assigned.
 *   <li>Throws {@link io.baton.engine.error.FailureException} for data errors.
 * </ul>
 */
final class StateData {
  final Decider decider;
  final Frame frame;
  final State state;
  final DataFlow flow;
  final boolean jsonata;
  private ObjectNode context;

  StateData(Decider decider, Frame frame) {
    this.decider = decider;
    this.frame = frame;
    this.state = frame.state();
    this.flow = state.dataFlow();
    this.jsonata = state.queryLanguage() == QueryLanguage.JSONATA;
  }

  ObjectNode context() {
    if (context == null) {
      context = ContextObject.of(decider.executionContext(), frame);
    }
    return context;
  }

  DataContext data(JsonNode input) {
    return new DataContext(input, this::context, frame.variables(), decider.ids, decider.now);
  }

  /** The {@code $states} binding for JSONata expressions. */
  ObjectNode states(JsonNode result, JsonNode errorOutput) {
    final ObjectNode states = Json.object();
    states.set("input", frame.stateInput());
    states.set("context", context());
    if (result != null) {
      states.set("result", result);
    }
    if (errorOutput != null) {
      states.set("errorOutput", errorOutput);
    }
    return states;
  }

  /** JSONata: evaluates a template field (Arguments, Items, …) against {@code $states}. */
  JsonNode jsonata(JsonNode template, String field, ObjectNode states) {
    return JsonataTemplate.evaluate(template, field, data(frame.stateInput()), states);
  }

  /** JSONPath: InputPath then Parameters (when the state has them). */
  JsonNode effectiveInput() {
    if (jsonata) {
      return frame.stateInput();
    }
    final JsonNode selected = PathFields.select(flow.inputPath(), frame.stateInput(), data(frame.stateInput()));
    if (flow.parameters().isMissingNode()) {
      return selected;
    }
    return PayloadTemplate.evaluate(flow.parameters(), data(selected));
  }

  /** JSONata: the Arguments, or the input when there are none. */
  JsonNode arguments() {
    if (flow.arguments().isMissingNode()) {
      return frame.stateInput();
    }
    return jsonata(flow.arguments(), "Arguments", states(null, null));
  }

  /**
   * Finishes a state that produced {@code result} (null when it has none, like Choice or Wait):
   * the output and the variables it assigns.
   */
  Exit finish(JsonNode result, JsonNode afterInputPath) {
    if (jsonata) {
      final ObjectNode states = states(result, null);
      final ObjectNode assigned = jsonataAssign(flow.assign(), states);
      final JsonNode output =
          flow.output().isMissingNode()
              ? (result == null ? frame.stateInput() : result)
              : jsonata(flow.output(), "Output", states);
      return new Exit(output, assigned);
    }
    JsonNode selected = result;
    if (result != null && !flow.resultSelector().isMissingNode()) {
      selected = PayloadTemplate.evaluate(flow.resultSelector(), data(result));
    }
    final JsonNode assignInput = selected != null ? selected : afterInputPath;
    final ObjectNode assigned = jsonPathAssign(flow.assign(), assignInput);
    final JsonNode placed =
        selected == null ? afterInputPath : PathFields.place(flow.resultPath(), frame.stateInput(), selected);
    final JsonNode output = PathFields.select(flow.outputPath(), placed, data(placed));
    return new Exit(output, assigned);
  }

  ObjectNode jsonPathAssign(JsonNode assign, JsonNode input) {
    if (assign.isMissingNode()) {
      return null;
    }
    return (ObjectNode) PayloadTemplate.evaluate(assign, data(input));
  }

  ObjectNode jsonataAssign(JsonNode assign, ObjectNode states) {
    if (assign.isMissingNode()) {
      return null;
    }
    return (ObjectNode) jsonata(assign, "Assign", states);
  }

  /** The cause prefix AWS puts on errors raised while evaluating a state's data. */
  String causePrefix() {
    return "An error occurred while executing the state '"
        + frame.stateName()
        + "' (entered at the event id #"
        + frame.enteredEventId()
        + "). ";
  }

  static JsonNode missingToNull(JsonNode node) {
    return node == null || node instanceof MissingNode ? null : node;
  }

  /** A state's output and the variables it assigns (null when none). */
  record Exit(JsonNode output, ObjectNode assigned) {}
}
