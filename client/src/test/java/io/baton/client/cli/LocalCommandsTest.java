package io.baton.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.engine.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code baton run} and {@code baton validate}: results, diagnostics, exit codes, bad input. */
class LocalCommandsTest {
  private static final String TASK_MACHINE =
      "{\"StartAt\":\"Charge\",\"States\":{\"Charge\":{\"Type\":\"Task\","
          + "\"Resource\":\"arn:aws:states:::lambda:invoke\",\"Retry\":[{\"ErrorEquals\":[\"Busy\"],"
          + "\"IntervalSeconds\":1,\"MaxAttempts\":3}],\"End\":true}}}";
  private static final String MOCKS =
      "{\"StateMachines\":{\"local\":{\"TestCases\":{\"HappyPath\":{\"Charge\":\"BusyThenOk\"}}}},"
          + "\"MockedResponses\":{\"BusyThenOk\":{\"0-1\":{\"Throw\":{\"Error\":\"Busy\",\"Cause\":\"try later\"}},"
          + "\"2\":{\"Return\":{\"charged\":true}}}}}";

  @TempDir Path dir;

  private Path file(String name, String text) throws Exception {
    final Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void shouldPrintTheResultOfARun() throws Exception {
    // given
    final Path def =
        file(
            "m.json",
            "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Parameters\":{\"x.$\":\"$.n\"},\"End\":true}}}");
    // when
    final CliRun run = CliRun.of("run", def.toString(), "--input", "{\"n\":5}");
    // then
    assertThat(run.exitCode()).isZero();
    final var result = Json.parse(run.out());
    assertThat(result.get("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(result.get("output")).isEqualTo(Json.parse("{\"x\":5}"));
  }

  @Test
  void shouldAnswerTasksFromAMockTestCaseAcrossRetries() throws Exception {
    // given
    final Path def = file("m.json", TASK_MACHINE);
    final Path mocks = file("mocks.json", MOCKS);
    // when
    final CliRun run =
        CliRun.of(
            "run",
            def.toString(),
            "--mock-config",
            mocks.toString(),
            "--test-case",
            "HappyPath",
            "--wait-time-scale",
            "0",
            "--history");
    // then
    assertThat(run.exitCode()).isZero();
    final var events = Json.parse(run.out()).get("events");
    assertThat(events.findValuesAsText("type"))
        .containsSubsequence("TaskFailed", "TaskFailed", "TaskSucceeded", "ExecutionSucceeded");
  }

  @Test
  void shouldExitNonZeroWithTheErrorWhenTheExecutionFails() throws Exception {
    // given
    final Path def =
        file(
            "m.json",
            "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"Nope\",\"Cause\":\"because\"}}}");
    // when
    final CliRun run = CliRun.of("run", def.toString());
    // then
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(Json.parse(run.out()).get("error").asText()).isEqualTo("Nope");
  }

  @Test
  void shouldRefuseInputThatIsNotJsonOrTooLarge() throws Exception {
    // given
    final Path def =
        file("m.json", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}");
    final Path big = file("big.json", "\"" + "x".repeat(300 * 1024) + "\"");
    // when
    final CliRun notJson = CliRun.of("run", def.toString(), "--input", "{oops");
    final CliRun tooLarge = CliRun.of("run", def.toString(), "--input", "@" + big);
    // then
    assertThat(notJson.exitCode()).isEqualTo(2);
    assertThat(notJson.err()).contains("--input is not valid JSON");
    assertThat(tooLarge.exitCode()).isEqualTo(2);
    assertThat(tooLarge.err()).contains("larger than the 262144-byte limit");
    assertThat(notJson.err() + tooLarge.err()).doesNotContain("Exception");
  }

  @Test
  void shouldListEveryProblemOfAnInvalidDefinition() throws Exception {
    // given: a missing Next target and an unreachable state
    final Path def =
        file(
            "bad.json",
            "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"Nowhere\"},"
                + "\"B\":{\"Type\":\"Pass\",\"End\":true}}}");
    // when
    final CliRun run = CliRun.of("validate", def.toString(), "--output", "json");
    // then
    assertThat(run.exitCode()).isEqualTo(1);
    final var result = Json.parse(run.out());
    assertThat(result.get("result").asText()).isEqualTo("FAIL");
    assertThat(result.get("diagnostics").findValuesAsText("code"))
        .contains("MISSING_TRANSITION_TARGET");
    assertThat(result.get("diagnostics").findValuesAsText("location")).contains("/States/A/Next");
  }

  @Test
  void shouldReportAFileThatIsNotJsonWithoutAStackTrace() throws Exception {
    // given
    final Path def = file("bad.json", "{\"StartAt\":");
    // when
    final CliRun validate = CliRun.of("validate", def.toString());
    final CliRun run = CliRun.of("run", def.toString());
    // then
    assertThat(validate.exitCode()).isEqualTo(1);
    assertThat(validate.out()).contains("INVALID_JSON_DESCRIPTION");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("is not valid JSON").doesNotContain("\tat ");
  }

  @Test
  void shouldServeOneResultPerRequestLineInJsonLinesMode() {
    // given
    final String requests =
        "{\"id\":\"a\",\"definition\":{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":1,\"End\":true}}},\"input\":\"{}\"}\n"
            + "{\"id\":\"b\",\"definition\":{\"StartAt\":\"X\",\"States\":{}},\"input\":\"{}\"}\n"
            + "not json\n";
    // when
    final CliRun run = CliRun.withInput(requests, "run", "--jsonl", "--wait-time-scale", "0");
    // then
    final String[] lines = run.out().strip().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(Json.parse(lines[0]).get("output").asText()).isEqualTo("1");
    assertThat(Json.parse(lines[0]).get("historyEventTypes").size()).isEqualTo(4);
    assertThat(Json.parse(lines[1]).get("error").asText()).isEqualTo("InvalidDefinition");
    assertThat(Json.parse(lines[2]).get("status").asText()).isEqualTo("FAILED");
  }
}
