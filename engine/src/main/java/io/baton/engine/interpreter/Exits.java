package io.baton.engine.interpreter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.execution.EventTypes;
import io.baton.engine.execution.Frame;
import java.util.Optional;

/** Leaving a state: the Exited event, which moves the frame on or completes it. */
final class Exits {
  private Exits() {}

  static void exit(Decider d, Frame f, StateData.Exit exit, Optional<String> next) {
    final ObjectNode internal = Events.internal("output", exit.output());
    next.ifPresent(n -> internal.put("next", n));
    if (exit.assigned() != null) {
      internal.set("assign", exit.assigned());
    }
    d.emit(
        EventTypes.exited(f.state().typeName()),
        f,
        Events.stateExited(f.stateName(), exit.output(), exit.assigned()),
        internal);
    d.schedule(f.path());
  }

  static void exit(Decider d, Frame f, JsonNode output, ObjectNode assigned, Optional<String> next) {
    exit(d, f, new StateData.Exit(output, assigned), next);
  }
}
