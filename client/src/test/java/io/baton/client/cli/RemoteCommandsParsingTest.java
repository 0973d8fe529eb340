package io.baton.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

class RemoteCommandsParsingTest {
  private static ParseResult leaf(String... args) {
    ParseResult result = BatonCli.commandLine().parseArgs(args);
    while (result.hasSubcommand()) {
      result = result.subcommand();
    }
    return result;
  }

  @Test
  void shouldDefaultToTheLocalEndpointAndTables() {
    // when
    final ParseResult parsed = leaf("executions", "describe", "arn:x");

    // then
    if (System.getenv("BATON_ENDPOINT") == null) {
      assertThat(parsed.commandSpec().findOption("--endpoint").<String>getValue())
          .isEqualTo("localhost:50051");
    }
    assertThat(parsed.commandSpec().findOption("--output").<RemoteOptions.Format>getValue())
        .isEqualTo(RemoteOptions.Format.table);
    assertThat(parsed.commandSpec().findOption("--timeout").<Long>getValue()).isEqualTo(30L);
    assertThat(parsed.matchedPositional(0).<String>getValue()).isEqualTo("arn:x");
  }

  @Test
  void shouldParseOptionsOfEachCommand() {
    // when
    final ParseResult list =
        leaf(
            "executions",
            "list",
            "arn:m",
            "--status",
            "timed_out",
            "--max-results",
            "5",
            "--output",
            "json",
            "--endpoint",
            "node:1");
    final ParseResult create =
        leaf(
            "state-machines",
            "create",
            "m",
            "--definition",
            "d.json",
            "--type",
            "express",
            "--tag",
            "a=1",
            "--tag",
            "b=2");
    final ParseResult failure = leaf("tasks", "failure", "tok", "--error", "E", "--cause", "C");

    // then
    assertThat(list.matchedOptionValue("--status", (ExecutionsCommand.Status) null))
        .isEqualTo(ExecutionsCommand.Status.TIMED_OUT);
    assertThat(list.matchedOptionValue("--max-results", 0)).isEqualTo(5);
    assertThat(list.matchedOptionValue("--output", RemoteOptions.Format.table))
        .isEqualTo(RemoteOptions.Format.json);
    assertThat(list.matchedOptionValue("--endpoint", "")).isEqualTo("node:1");
    assertThat(create.matchedOptionValue("--type", (StateMachinesCommand.Type) null))
        .isEqualTo(StateMachinesCommand.Type.EXPRESS);
    assertThat(create.matchedOptionValue("--tag", Map.<String, String>of()))
        .containsEntry("a", "1")
        .containsEntry("b", "2");
    assertThat(failure.matchedOptionValue("--error", "")).isEqualTo("E");
  }

  @Test
  void shouldExitTwoOnWrongUsage() {
    // expect
    assertThat(run("state-machines", "create", "m").exit).isEqualTo(2);
    assertThat(run("executions", "list", "arn:m", "--status", "SLEEPING").exit).isEqualTo(2);
    assertThat(run("executions", "describe", "arn:x", "--output", "yaml").exit).isEqualTo(2);
    assertThat(run("state-machines", "create", "m", "--definition", "/does/not/exist.json").exit)
        .isEqualTo(2);
  }

  @Test
  void shouldGiveEveryRemoteCommandTheCommonOptionsHelpAndExitCodes() {
    // given
    final List<CommandLine> leaves = new ArrayList<>();
    for (String group : List.of("state-machines", "executions", "activities", "tasks")) {
      leaves.addAll(BatonCli.commandLine().getSubcommands().get(group).getSubcommands().values());
    }

    // then
    assertThat(leaves)
        .extracting(c -> c.getCommandSpec().qualifiedName())
        .contains(
            "baton state-machines validate",
            "baton executions watch",
            "baton activities poll",
            "baton tasks heartbeat");
    for (CommandLine leaf : leaves) {
      final var spec = leaf.getCommandSpec();
      assertThat(spec.findOption("--endpoint")).as(spec.qualifiedName()).isNotNull();
      assertThat(spec.findOption("--output")).as(spec.qualifiedName()).isNotNull();
      assertThat(spec.findOption("--help")).as(spec.qualifiedName()).isNotNull();
      assertThat(leaf.getUsageMessage())
          .as(spec.qualifiedName())
          .contains("Exit codes:")
          .contains("3   the server cannot be reached");
    }
  }

  @Test
  void shouldPrintHelpWithTheSubcommands() {
    // when
    final Run help = run("executions", "--help");

    // then
    assertThat(help.exit).isZero();
    assertThat(help.out).contains("start", "describe", "stop", "list", "history", "watch");
  }

  private record Run(int exit, String out) {}

  private static Run run(String... args) {
    final StringWriter out = new StringWriter();
    final CommandLine cli = BatonCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    return new Run(cli.execute(args), out.toString());
  }
}
