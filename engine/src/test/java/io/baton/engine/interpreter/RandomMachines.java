package io.baton.engine.interpreter;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.json.Json;
import java.util.Random;

/**
 * Generates small, always-terminating state machines from a seeded {@link Random}: every state may
 * only lead to a state defined after it, so there are no loops.
 *
 * <ul>
 *   <li>Uses Pass, Choice, Wait, Task (with Retry, Catch and timeouts), Parallel, Map (inline and
 *       distributed), Succeed and Fail.
 *   <li>Every state keeps the input's shape ({@code n}, {@code wait}, {@code items}) by writing its
 *       result under a ResultPath, so any later state can read it.
 * </ul>
 */
final class RandomMachines {
  private static final int MAX_DEPTH = 2;

  private final Random random;

  RandomMachines(Random random) {
    this.random = random;
  }

  /** A definition for the top level. */
  ObjectNode machine() {
    final ObjectNode machine = machine(0, 2 + random.nextInt(5));
    if (random.nextInt(8) == 0) {
      machine.put("TimeoutSeconds", 20 + random.nextInt(200));
    }
    return machine;
  }

  /** An input with the shape every generated state expects. */
  ObjectNode input() {
    final ObjectNode input = Json.object();
    input.put("n", random.nextInt(10));
    input.put("wait", random.nextInt(30));
    final ArrayNode items = input.putArray("items");
    for (int i = random.nextInt(4); i > 0; i--) {
      items.add(random.nextInt(10));
    }
    return input;
  }

  private ObjectNode machine(int depth, int size) {
    final ObjectNode machine = Json.object();
    machine.put("StartAt", "S0");
    final ObjectNode states = machine.putObject("States");
    for (int i = 0; i < size; i++) {
      final boolean last = i == size - 1;
      states.set("S" + i, last ? terminal(depth, i) : state(depth, i, size));
    }
    return machine;
  }

  private ObjectNode terminal(int depth, int i) {
    final int pick = random.nextInt(6);
    if (pick == 0) {
      final ObjectNode fail = Json.object().put("Type", "Fail").put("Error", "Gen.Fail");
      return random.nextBoolean() ? fail.put("Cause", "generated") : fail;
    }
    if (pick == 1) {
      return Json.object().put("Type", "Succeed");
    }
    return state(depth, i, i + 1);
  }

  /**
   * A state at index {@code i} of a machine with {@code size} states; the last one ends its machine
   * (and so is never a Choice and never catches).
   */
  private ObjectNode state(int depth, int i, int size) {
    final boolean last = i == size - 1;
    final int pick = random.nextInt(depth < MAX_DEPTH ? 7 : 5);
    final ObjectNode state;
    switch (pick) {
      case 0:
        state = pass(i);
        break;
      case 1:
        if (last) {
          return pass(i).put("End", true);
        }
        return choice(i, size);
      case 2:
        state = waitState();
        break;
      case 3:
      case 4:
        state = task(i, size);
        break;
      case 5:
        state = parallel(depth, i, size);
        break;
      default:
        state = map(depth, i, size);
        break;
    }
    return last ? state.put("End", true) : state.put("Next", later(i, size));
  }

  private String later(int i, int size) {
    return "S" + (i + 1 + random.nextInt(size - i - 1));
  }

  private ObjectNode pass(int i) {
    final ObjectNode pass = Json.object().put("Type", "Pass");
    if (random.nextBoolean()) {
      pass.putObject("Parameters").put("n.$", "$.n").put("tag", "p" + i);
      pass.put("ResultPath", "$.p" + i);
    }
    if (random.nextInt(3) == 0) {
      pass.putObject("Assign").put("v" + i + ".$", "$.n");
    }
    return pass;
  }

  private ObjectNode choice(int i, int size) {
    final ObjectNode choice = Json.object().put("Type", "Choice");
    final ArrayNode rules = choice.putArray("Choices");
    for (int r = 1 + random.nextInt(2); r > 0; r--) {
      rules
          .addObject()
          .put("Variable", "$.n")
          .put("NumericGreaterThan", random.nextInt(10))
          .put("Next", later(i, size));
    }
    if (random.nextInt(4) > 0) {
      choice.put("Default", later(i, size));
    }
    return choice;
  }

  private ObjectNode waitState() {
    final ObjectNode wait = Json.object().put("Type", "Wait");
    if (random.nextBoolean()) {
      return wait.put("Seconds", random.nextInt(60));
    }
    return wait.put("SecondsPath", "$.wait");
  }

  private ObjectNode task(int i, int size) {
    final ObjectNode task =
        Json.object().put("Type", "Task").put("Resource", "arn:aws:states:::lambda:invoke");
    task.put("ResultPath", "$.t" + i);
    if (random.nextBoolean()) {
      task.put("TimeoutSeconds", 5 + random.nextInt(30));
    }
    if (random.nextInt(3) == 0) {
      task.put("HeartbeatSeconds", 2 + random.nextInt(5));
    }
    if (random.nextBoolean()) {
      final ObjectNode retrier = task.putArray("Retry").addObject();
      retrier.putArray("ErrorEquals").add(random.nextBoolean() ? "States.ALL" : "Gen.Transient");
      retrier.put("IntervalSeconds", 1 + random.nextInt(3));
      retrier.put("MaxAttempts", random.nextInt(3));
      if (random.nextBoolean()) {
        retrier.put("JitterStrategy", "FULL");
      }
    }
    addCatch(task, i, size);
    return task;
  }

  private void addCatch(ObjectNode state, int i, int size) {
    if (random.nextBoolean() && i < size - 1) {
      final ObjectNode catcher = state.putArray("Catch").addObject();
      catcher.putArray("ErrorEquals").add("States.ALL");
      catcher.put("Next", later(i, size));
      catcher.put("ResultPath", "$.error" + i);
    }
  }

  private ObjectNode parallel(int depth, int i, int size) {
    final ObjectNode parallel = Json.object().put("Type", "Parallel");
    final ArrayNode branches = parallel.putArray("Branches");
    for (int b = 1 + random.nextInt(3); b > 0; b--) {
      branches.add(machine(depth + 1, 1 + random.nextInt(3)));
    }
    parallel.put("ResultPath", "$.par" + i);
    addCatch(parallel, i, size);
    return parallel;
  }

  private ObjectNode map(int depth, int i, int size) {
    final ObjectNode map = Json.object().put("Type", "Map").put("ItemsPath", "$.items");
    map.put("MaxConcurrency", random.nextInt(3));
    final ObjectNode selector = map.putObject("ItemSelector");
    selector.put("n.$", "$$.Map.Item.Value").put("wait.$", "$.wait").putArray("items").add(1);
    final ObjectNode processor = machine(depth + 1, 1 + random.nextInt(3));
    if (random.nextInt(4) == 0) {
      processor.putObject("ProcessorConfig").put("Mode", "DISTRIBUTED");
      if (random.nextBoolean()) {
        map.put("ToleratedFailureCount", random.nextInt(2));
      }
    }
    map.set("ItemProcessor", processor);
    map.put("ResultPath", "$.m" + i);
    addCatch(map, i, size);
    return map;
  }
}
