package io.baton.engine.testkit;

import io.baton.engine.execution.HistoryEvent;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;

/**
 * Fluent assertions on a recorded history's event types, exact or as a subsequence, as Zeebe's
 * record-stream assertions do. Type assertions look at visible events unless they say otherwise.
 */
public final class HistoryAssert extends AbstractAssert<HistoryAssert, List<HistoryEvent>> {
  private HistoryAssert(List<HistoryEvent> events) {
    super(events, HistoryAssert.class);
  }

  public static HistoryAssert assertThatHistory(ExecutionHarness harness) {
    return new HistoryAssert(harness.events());
  }

  public static HistoryAssert assertThatHistory(List<HistoryEvent> events) {
    return new HistoryAssert(List.copyOf(events));
  }

  /** The visible event types are exactly {@code types}, in order. */
  public HistoryAssert hasTypes(String... types) {
    isNotNull();
    Assertions.assertThat(visibleTypes()).as("visible event types").containsExactly(types);
    return this;
  }

  /** The visible event types contain {@code types} in this order, possibly with others between. */
  public HistoryAssert containsTypeSubsequence(String... types) {
    isNotNull();
    Assertions.assertThat(visibleTypes()).as("visible event types").containsSubsequence(types);
    return this;
  }

  /** The visible event types contain {@code types} back to back, in this order. */
  public HistoryAssert containsTypeSequence(String... types) {
    isNotNull();
    Assertions.assertThat(visibleTypes()).as("visible event types").containsSequence(types);
    return this;
  }

  /** All event types, hidden bookkeeping included, contain {@code types} in this order. */
  public HistoryAssert containsAllTypesSubsequence(String... types) {
    isNotNull();
    Assertions.assertThat(allTypes()).as("event types").containsSubsequence(types);
    return this;
  }

  public HistoryAssert doesNotContainType(String type) {
    isNotNull();
    Assertions.assertThat(allTypes()).as("event types").doesNotContain(type);
    return this;
  }

  /** Exactly {@code count} events (visible or hidden) have {@code type}. */
  public HistoryAssert hasCount(String type, int count) {
    isNotNull();
    Assertions.assertThat(allTypes().stream().filter(type::equals).count())
        .as("number of %s events", type)
        .isEqualTo(count);
    return this;
  }

  /** Visible ids run 1..n and hidden events carry id 0. */
  public HistoryAssert hasContiguousIds() {
    isNotNull();
    Invariants.contiguousIds(actual);
    return this;
  }

  private List<String> visibleTypes() {
    return actual.stream().filter(HistoryEvent::visible).map(HistoryEvent::type).toList();
  }

  private List<String> allTypes() {
    return actual.stream().map(HistoryEvent::type).toList();
  }
}
