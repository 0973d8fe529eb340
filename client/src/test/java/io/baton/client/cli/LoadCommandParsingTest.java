package io.baton.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParseResult;

class LoadCommandParsingTest {
  private static ParseResult load(String... args) {
    final String[] all = new String[args.length + 1];
    all[0] = "load";
    System.arraycopy(args, 0, all, 1, args.length);
    return BatonCli.commandLine().parseArgs(all).subcommand();
  }

  @Test
  void shouldTakeEndpointsRepeatedOrSeparatedByCommas() {
    // when
    final ParseResult parsed =
        load("--definition", "m.json", "--endpoint", "a:1,b:2", "--endpoint", "c:3");

    // then
    assertThat(parsed.commandSpec().findOption("--endpoint").<List<String>>getValue())
        .containsExactly("a:1", "b:2", "c:3");
  }

  @Test
  void shouldReadDurationsInSecondsMillisecondsOrMinutes() {
    // given
    final DurationConverter convert = new DurationConverter();

    // then
    assertThat(convert.convert("30")).isEqualTo(Duration.ofSeconds(30));
    assertThat(convert.convert("1.5s")).isEqualTo(Duration.ofMillis(1500));
    assertThat(convert.convert("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(convert.convert("2m")).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void shouldRefuseAnUnreadableDuration() {
    // when
    final CliRun run = CliRun.of("load", "--definition", "m.json", "--duration", "soon");

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'soon' is not a duration");
  }

  @Test
  void shouldRefuseARateAndAConcurrencyTogether() {
    // when
    final CliRun run =
        CliRun.of("load", "--definition", "m.json", "--rate", "100", "--concurrency", "8");

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("mutually exclusive");
  }

  @Test
  void shouldRefuseANegativeRateBeforeConnecting() {
    // when
    final CliRun run =
        CliRun.of("load", "--definition", "m.json", "--rate", "-5", "--endpoint", "nowhere:1");

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("positive rate");
  }
}
