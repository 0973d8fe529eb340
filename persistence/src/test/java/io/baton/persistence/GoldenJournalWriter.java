package io.baton.persistence;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baton.engine.IdSource;
import io.baton.engine.definition.parse.DefinitionParser;
import io.baton.engine.execution.ExecutionInfo;
import io.baton.engine.execution.HistoryEvent;
import io.baton.engine.json.Json;
import io.baton.engine.runner.ExecutionResult;
import io.baton.engine.runner.LocalRunner;
import io.baton.engine.runner.TaskOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

/**
 * Writes a golden journal for the current version: run once per release with the file name as
 * argument; never overwrite an existing file.
 */
final class GoldenJournalWriter {
  static final String DEFINITION =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Parallel\",\"Next\":\"Done\",\"Branches\":["
          + "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"ItemsPath\":\"$.items\",\"End\":true,"
          + "\"ItemProcessor\":{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":1,\"Next\":\"T\"},"
          + "\"T\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\",\"Retry\":[{\"ErrorEquals\":[\"States.ALL\"]}],\"End\":true}}}}}},"
          + "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Assign\":{\"v\":1},\"Result\":\"b\",\"End\":true}}}]},"
          + "\"Done\":{\"Type\":\"Pass\",\"End\":true}}}";

  private GoldenJournalWriter() {}

  public static void main(String[] args) throws Exception {
    final Path out = Path.of(args[0]);
    if (Files.exists(out)) {
      throw new IllegalStateException("Golden journals are never overwritten: " + out);
    }
    final int[] calls = {0};
    final ExecutionResult result =
        LocalRunner.virtual(
                task ->
                    CompletableFuture.completedFuture(
                        calls[0]++ == 1
                            ? TaskOutcome.failure("Boom", "once")
                            : TaskOutcome.success(task.parameters())),
                new IdSource() {
                  private int n;

                  @Override
                  public String newUuid() {
                    return String.format("00000000-0000-4000-8000-%012d", ++n);
                  }

                  @Override
                  public double nextDouble() {
                    return 0.5;
                  }
                })
            .run(
                DefinitionParser.parse(Json.parse(DEFINITION)),
                new ExecutionInfo(
                    "arn:aws:states:us-east-1:123456789012:execution:m:e",
                    "e",
                    "arn:aws:states:us-east-1:123456789012:stateMachine:m",
                    "m",
                    "arn:aws:iam::123456789012:role/r",
                    Json.parse("{\"items\":[1,2]}"),
                    Instant.parse("2026-01-01T00:00:00Z"),
                    0));
    final JournalSerializer serializer = new JournalSerializer();
    final ObjectNode golden = Json.object();
    golden.put("status", result.status().name());
    golden.set("output", result.output().orElseThrow());
    final ArrayNode entries = golden.putArray("entries");
    final JournalEvent.ExecutionCreated created =
        new JournalEvent.ExecutionCreated(
            DEFINITION,
            "arn:aws:states:us-east-1:123456789012:stateMachine:m",
            "rev-1",
            "arn:aws:states:us-east-1:123456789012:execution:m:e",
            "e",
            "{\"items\":[1,2]}",
            "arn:aws:iam::123456789012:role/r",
            null,
            null,
            null,
            0,
            Instant.parse("2026-01-01T00:00:00Z").toEpochMilli());
    add(entries, serializer, created);
    // The runner does not say where its decisions began, so the history goes in rows of up to
    // ten events: the format is what a golden journal pins down, not the grouping.
    final java.util.List<HistoryEvent> history = result.history();
    for (int from = 0; from < history.size(); from += 10) {
      add(
          entries,
          serializer,
          new JournalEvent.DecisionRecorded(
              history.subList(from, Math.min(history.size(), from + 10))));
    }
    Files.writeString(out, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(golden));
  }

  private static void add(ArrayNode entries, JournalSerializer s, Object event) {
    final ObjectNode entry = entries.addObject();
    entry.put("manifest", s.manifest(event));
    entry.put("payload", Base64.getEncoder().encodeToString(s.toBinary(event)));
  }
}
