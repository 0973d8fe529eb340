package io.baton.engine.execution;

import static io.baton.engine.testkit.HistoryAssert.assertThatHistory;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.engine.definition.parse.DefinitionParser;
import io.baton.engine.json.Json;
import io.baton.engine.testkit.GoldenLogs;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the event logs earlier versions of the engine wrote (src/test/resources/golden) with the
 * current {@code apply} and checks they leave the state they left then, as Temporal's history
 * replayer does. A failure means old journals would recover differently: fix the applier, never the
 * golden file.
 */
class GoldenLogReplayTest {
  static Stream<Path> goldenLogs() throws IOException, URISyntaxException {
    final Path dir = Path.of(GoldenLogReplayTest.class.getResource("/golden").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @Test
  void shouldHaveGoldenLogsToReplay() throws IOException, URISyntaxException {
    // when
    final List<Path> logs = goldenLogs().toList();

    // then
    assertThat(logs).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenLogs")
  void shouldReplayToTheRecordedStateWhenTheLogIsFromAnEarlierVersion(Path file)
      throws IOException {
    // given
    final JsonNode log = Json.parse(Files.readString(file));
    final ExecutionState state = new ExecutionState(DefinitionParser.parse(log.path("definition")));
    final List<HistoryEvent> events = GoldenLogs.events(log);

    // when
    events.forEach(state::apply);

    // then
    // Compared as parsed text, so that number node types (int or long) do not matter.
    assertThat(Json.parse(Json.write(GoldenLogs.summary(state)))).isEqualTo(log.path("final"));
    assertThatHistory(events).hasContiguousIds();
  }
}
