package io.baton.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.data.PathFields;
import io.baton.engine.data.PayloadTemplate;
import io.baton.engine.definition.PassState;
import io.baton.engine.execution.Frame;

/** Pass: the input (or Result, or Parameters) becomes the result. */
final class PassHandler {
  private PassHandler() {}

  static void run(Decider d, Frame f, PassState state) {
    final StateData data = new StateData(d, f);
    if (data.jsonata) {
      Exits.exit(d, f, data.finish(null, f.stateInput()), state.next());
      return;
    }
    final JsonNode afterInputPath =
        PathFields.select(state.dataFlow().inputPath(), f.stateInput(), data.data(f.stateInput()));
    final JsonNode result;
    if (!state.result().isMissingNode()) {
      result = state.result();
    } else if (!state.dataFlow().parameters().isMissingNode()) {
      result = PayloadTemplate.evaluate(state.dataFlow().parameters(), data.data(afterInputPath));
    } else {
      result = afterInputPath;
    }
    Exits.exit(d, f, data.finish(result, afterInputPath), state.next());
  }
}
