package io.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.definition.State;
import io.baton.engine.definition.StateMachineDefinition;
import io.baton.engine.definition.StateVisitor;
import io.baton.engine.definition.parse.DefinitionParser;
import io.baton.engine.execution.EventTypes;
import io.baton.engine.execution.HistoryEvent;
import io.baton.engine.interpreter.Effect;
import io.baton.engine.interpreter.Signal;
import io.baton.engine.json.Json;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Fails when a new signal, effect, state or event type is added without being exercised: every
 * permitted subtype must show up in {@link CoverageScenarios}, and every {@link EventTypes}
 * constant must be written by one of them.
 */
class CompletenessTest {
  /**
   * Event types declared for AWS's history that the engine does not write yet: MapRunAborted (no
   * recording shows when AWS writes it) and TaskSubmitted for asynchronous integrations. The test
   * fails if one of them starts being written, so this list cannot go stale.
   */
  private static final Set<String> NOT_YET_WRITTEN =
      Set.of(EventTypes.TASK_SUBMITTED, EventTypes.MAP_RUN_ABORTED);

  private static final String EVERY_STATE =
      """
      {"StartAt": "P", "States": {
        "P": {"Type": "Pass", "Next": "T"},
        "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "C"},
        "C": {"Type": "Choice", "Choices": [
          {"Variable": "$.x", "IsPresent": true, "Next": "W"}], "Default": "F"},
        "W": {"Type": "Wait", "Seconds": 1, "Next": "Par"},
        "Par": {"Type": "Parallel", "Next": "M", "Branches": [
          {"StartAt": "S", "States": {"S": {"Type": "Succeed"}}}]},
        "M": {"Type": "Map", "Next": "Done", "ItemProcessor": {"StartAt": "S2",
          "States": {"S2": {"Type": "Succeed"}}}},
        "Done": {"Type": "Succeed"},
        "F": {"Type": "Fail"}}}
      """;

  private static final CoverageScenarios SCENARIOS = new CoverageScenarios();

  @Test
  void shouldMakeADecisionForEverySignalType() {
    // given
    final Set<String> permitted = names(Signal.class.getPermittedSubclasses());

    // when
    final Set<String> decided =
        SCENARIOS.decisionBySignal.entrySet().stream()
            .filter(e -> !e.getValue().isEmpty())
            .map(e -> e.getKey().getSimpleName())
            .collect(Collectors.toCollection(TreeSet::new));

    // then
    assertThat(decided).isEqualTo(permitted);
  }

  @Test
  void shouldAskForEveryEffectType() {
    // given
    final Set<String> permitted = names(Effect.class.getPermittedSubclasses());

    // when
    final Set<String> asked =
        SCENARIOS.runs.stream()
            .flatMap(h -> h.effects().stream())
            .map(e -> e.getClass().getSimpleName())
            .collect(Collectors.toCollection(TreeSet::new));

    // then
    assertThat(asked).isEqualTo(permitted);
  }

  @Test
  void shouldNameEveryStateTypeAfterItsAslTypeAndVisitIt() {
    // given
    final StateMachineDefinition machine = DefinitionParser.parse(Json.parse(EVERY_STATE));
    final Set<String> permitted = names(State.class.getPermittedSubclasses());

    // when
    final Set<String> parsed =
        machine.states().values().stream()
            .map(s -> s.getClass().getSimpleName())
            .collect(Collectors.toCollection(TreeSet::new));
    final Set<String> visits =
        Arrays.stream(StateVisitor.class.getDeclaredMethods())
            .map(Method::getName)
            .collect(Collectors.toCollection(TreeSet::new));

    // then
    assertThat(parsed).isEqualTo(permitted);
    for (State state : machine.states().values()) {
      assertThat(state.getClass().getSimpleName()).isEqualTo(state.typeName() + "State");
      assertThat(visits).contains("visit" + state.typeName());
    }
    assertThat(visits).hasSameSizeAs(permitted);
  }

  @Test
  void shouldEnterEveryStateType() {
    // given
    final Set<String> expected = new TreeSet<>();
    for (Class<?> type : State.class.getPermittedSubclasses()) {
      final String typeName = type.getSimpleName().replaceFirst("State$", "");
      expected.add(EventTypes.entered(typeName));
      if (!typeName.equals("Fail")) {
        expected.add(EventTypes.exited(typeName));
      }
    }

    // when
    final Set<String> written = writtenTypes();

    // then
    assertThat(written).containsAll(expected);
  }

  @Test
  void shouldWriteEveryDeclaredEventType() throws IllegalAccessException {
    // given
    final Set<String> declared = declaredEventTypes();

    // when
    final Set<String> written = writtenTypes();

    // then
    final Set<String> expected = new TreeSet<>(declared);
    expected.removeAll(NOT_YET_WRITTEN);
    assertThat(written).containsAll(expected);
    assertThat(written).doesNotContainAnyElementsOf(NOT_YET_WRITTEN);
    assertThat(declared).containsAll(NOT_YET_WRITTEN);
  }

  @Test
  void shouldHideExactlyTheBookkeepingEvents() {
    // when
    final Set<String> hidden =
        SCENARIOS.runs.stream()
            .flatMap(h -> h.events().stream())
            .filter(e -> !e.visible())
            .map(HistoryEvent::type)
            .collect(Collectors.toCollection(TreeSet::new));

    // then
    assertThat(hidden).isEqualTo(new TreeSet<>(EventTypes.HIDDEN));
  }

  private static Set<String> writtenTypes() {
    return SCENARIOS.runs.stream()
        .flatMap(h -> h.events().stream())
        .map(HistoryEvent::type)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> declaredEventTypes() throws IllegalAccessException {
    final Set<String> declared = new TreeSet<>();
    for (Field field : EventTypes.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        declared.add((String) field.get(null));
      }
    }
    return declared;
  }

  private static Set<String> names(Class<?>[] types) {
    return Arrays.stream(types)
        .map(Class::getSimpleName)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
