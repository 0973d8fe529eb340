package io.baton.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.execution.EventTypes;
import io.baton.engine.execution.HistoryEvent;
import io.baton.engine.json.Json;
import java.io.NotSerializableException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class JournalSerializerTest {
  private final JournalSerializer serializer = new JournalSerializer();

  static JournalEvent.ExecutionCreated created() {
    return new JournalEvent.ExecutionCreated(
        "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}",
        "arn:aws:states:us-east-1:123456789012:stateMachine:m",
        "rev-1",
        "arn:aws:states:us-east-1:123456789012:execution:m:e",
        "e",
        "{\"a\":1}",
        "arn:aws:iam::123456789012:role/r",
        "HappyPath",
        null,
        null,
        0,
        1_700_000_000_000L);
  }

  /** Every event type the engine declares, as public constants of EventTypes. */
  static List<String> allEventTypes() throws IllegalAccessException {
    final List<String> types = new ArrayList<>();
    for (Field f : EventTypes.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        types.add((String) f.get(null));
      }
    }
    return types;
  }

  private Object roundTrip(Object o) throws NotSerializableException {
    return serializer.fromBinary(serializer.toBinary(o), serializer.manifest(o));
  }

  @Test
  void shouldRoundTripEveryHistoryEventType() throws Exception {
    for (String type : allEventTypes()) {
      // given
      final ObjectNode details = Json.object();
      details.put("name", "S");
      details.set("input", Json.parse("{\"x\":[1,2.5,\"y\",null]}"));
      final ObjectNode internal = Json.object();
      internal.put("taskId", "0/1@3.0");
      final HistoryEvent event =
          new HistoryEvent(
              7, 6, Instant.parse("2026-01-02T03:04:05.678Z"), type, "0/1", details, internal);
      // when
      final Object back = roundTrip(new JournalEvent.HistoryRecorded(event));
      // then
      assertThat(back).isEqualTo(new JournalEvent.HistoryRecorded(event));
      assertThat(serializer.manifest(new JournalEvent.HistoryRecorded(event)))
          .isEqualTo(JournalSerializer.HISTORY_V1);
    }
  }

  @Test
  void shouldRoundTripADecisionWithEveryHistoryEventType() throws Exception {
    // given
    final List<HistoryEvent> events = new ArrayList<>();
    long id = 1;
    for (String type : allEventTypes()) {
      final ObjectNode details = Json.object();
      details.put("name", "S" + id);
      details.set("output", Json.parse("{\"n\":" + id + "}"));
      events.add(
          new HistoryEvent(
              id,
              id - 1,
              Instant.parse("2026-01-02T03:04:05.678Z"),
              type,
              "",
              details,
              Json.object()));
      id++;
    }
    final JournalEvent.DecisionRecorded decision = new JournalEvent.DecisionRecorded(events);

    // when
    final Object back = roundTrip(decision);

    // then
    assertThat(back).isEqualTo(decision);
    assertThat(serializer.manifest(decision)).isEqualTo(JournalSerializer.DECISION_V1);
  }

  @Test
  void shouldFoldADecisionRowAsItsEventsOneByOne() throws Exception {
    // given: the golden journal's history, as single events and as one decision row
    final List<HistoryEvent> history = new ArrayList<>();
    JournalEvent.ExecutionCreated created = null;
    for (JsonNode entry : golden("/golden/journal-v0.1.0.json").get("entries")) {
      final Object event = decode(entry);
      if (event instanceof JournalEvent.HistoryRecorded h) {
        history.add(h.event());
      } else {
        created = (JournalEvent.ExecutionCreated) event;
      }
    }
    ExecutionEntityState oneByOne = new ExecutionEntityState().apply(created);
    for (HistoryEvent e : history) {
      oneByOne = oneByOne.apply(new JournalEvent.HistoryRecorded(e));
    }

    // when
    final ExecutionEntityState batched =
        new ExecutionEntityState().apply(created).apply(new JournalEvent.DecisionRecorded(history));

    // then
    assertThat(batched.execution()).isEqualTo(oneByOne.execution());
    assertThat(batched.stopMillis()).isEqualTo(oneByOne.stopMillis()).isPositive();
  }

  @Test
  void shouldReplayTheGoldenJournalWrittenInDecisionRows() throws Exception {
    // given: the same execution as journal-v0.1.0.json, written a decision row at a time
    final JsonNode golden = golden("/golden/journal-v0.1.0-decisions.json");

    // when
    ExecutionEntityState state = new ExecutionEntityState();
    for (JsonNode entry : golden.get("entries")) {
      state = state.apply((JournalEvent) decode(entry));
    }

    // then
    assertThat(golden.get("entries").get(1).get("manifest").asText())
        .isEqualTo(JournalSerializer.DECISION_V1);
    assertThat(state.execution().status().name()).isEqualTo(golden.get("status").asText());
    assertThat(state.execution().output().orElseThrow()).isEqualTo(golden.get("output"));
  }

  @Test
  void shouldReadOnlyTheLastEventOfEveryGoldenDecisionRow() throws Exception {
    // given: the golden journal's decision rows
    int decisions = 0;
    for (JsonNode entry : golden("/golden/journal-v0.1.0-decisions.json").get("entries")) {
      if (!JournalSerializer.DECISION_V1.equals(entry.get("manifest").asText())) {
        continue;
      }
      final byte[] bytes = Base64.getDecoder().decode(entry.get("payload").asText());
      final List<HistoryEvent> all =
          ((JournalEvent.DecisionRecorded)
                  serializer.fromBinary(bytes, JournalSerializer.DECISION_V1))
              .events();

      // when
      final JournalEvent.DecisionRecorded last = JournalSerializer.lastEventOfDecision(bytes);

      // then: the same last event, and the same terminal status for the listing
      assertThat(last.events()).containsExactly(all.get(all.size() - 1));
      assertThat(ListingTags.terminalStatus(last))
          .isEqualTo(ListingTags.terminalStatus(new JournalEvent.DecisionRecorded(all)));
      decisions++;
    }
    assertThat(decisions).isGreaterThan(1);
  }

  @Test
  void shouldReadNoLastEventOfAnEmptyDecision() throws Exception {
    // given
    final byte[] bytes = serializer.toBinary(new JournalEvent.DecisionRecorded(List.of()));

    // when / then
    assertThat(JournalSerializer.lastEventOfDecision(bytes).events()).isEmpty();
  }

  @Test
  void shouldRejectAnUnreadableDecisionByName() {
    assertThatThrownBy(
            () ->
                JournalSerializer.lastEventOfDecision(
                    "{\"events\": [{".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(NotSerializableException.class)
        .hasMessageContaining(JournalSerializer.DECISION_V1);
  }

  private JsonNode golden(String resource) throws Exception {
    return Json.parse(
        new String(
            getClass().getResourceAsStream(resource).readAllBytes(), StandardCharsets.UTF_8));
  }

  private Object decode(JsonNode entry) throws NotSerializableException {
    return serializer.fromBinary(
        Base64.getDecoder().decode(entry.get("payload").asText()), entry.get("manifest").asText());
  }

  @Test
  void shouldRoundTripExecutionCreated() throws Exception {
    assertThat(roundTrip(created())).isEqualTo(created());
    assertThat(serializer.manifest(created())).isEqualTo(JournalSerializer.CREATED_V1);
  }

  @Test
  void shouldReplayTheCheckedInGoldenJournal() throws Exception {
    // given: a journal written by version 0.1.0 (never edit it; add a new file instead)
    final JsonNode golden =
        Json.parse(
            new String(
                getClass().getResourceAsStream("/golden/journal-v0.1.0.json").readAllBytes(),
                StandardCharsets.UTF_8));
    // when
    ExecutionEntityState state = new ExecutionEntityState();
    for (JsonNode entry : golden.get("entries")) {
      final Object event =
          serializer.fromBinary(
              Base64.getDecoder().decode(entry.get("payload").asText()),
              entry.get("manifest").asText());
      state = state.apply((JournalEvent) event);
    }
    // then: the same end as when it was recorded, and the snapshot form round-trips too
    assertThat(state.execution().status().name()).isEqualTo(golden.get("status").asText());
    assertThat(state.execution().output().orElseThrow()).isEqualTo(golden.get("output"));
    final SnapshotData snapshot = SnapshotData.of(state);
    final ExecutionEntityState restored = ((SnapshotData) roundTrip(snapshot)).restore();
    assertThat(restored.execution()).isEqualTo(state.execution());
    assertThat(restored.created()).isEqualTo(state.created());
    assertThat(serializer.manifest(snapshot)).isEqualTo(JournalSerializer.SNAPSHOT_V1);
  }
}
