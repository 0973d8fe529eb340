package io.baton.node.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.node.bootstrap.RunningNode;
import io.baton.node.testing.TestDatabase;
import io.baton.node.testing.TestNodes;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The real AWS CLI against a real node, through src/test/scripts/aws-cli-walkthrough.sh. */
class AwsCliWalkthroughIT {
  @Test
  void shouldRunTheApprovalWalkthroughWithTheAwsCli() throws Exception {
    Assumptions.assumeTrue(
        new ProcessBuilder("aws", "--version").start().waitFor() == 0,
        "the AWS CLI is not installed");
    try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.H2)) {
      final Map<String, Object> settings = TestNodes.settings(db);
      try (RunningNode node = TestNodes.start(settings)) {
        final Path work = Files.createTempDirectory("baton-cli-");
        final Process p =
            new ProcessBuilder(
                    "bash",
                    "src/test/scripts/aws-cli-walkthrough.sh",
                    "http://127.0.0.1:" + settings.get("baton.http.port"),
                    work.toString())
                .redirectErrorStream(true)
                .redirectOutput(new File(work.toFile(), "out.txt"))
                .start();
        final boolean finished = p.waitFor(120, TimeUnit.SECONDS);
        final String out = Files.readString(work.resolve("out.txt"));
        assertThat(finished).as(out).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("AWS CLI walkthrough passed");
      }
    }
  }
}
