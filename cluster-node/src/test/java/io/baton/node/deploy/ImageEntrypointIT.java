package io.baton.node.deploy;

import static io.baton.node.deploy.DeployFiles.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.baton.node.testing.TestNodes;
import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The container image cannot be built here (no Docker), so its command runs as a plain process: the
 * Dockerfile's ENTRYPOINT and CMD, with the jar the build made in place of the image's, and the
 * compose file's environment for node1 (its database and host names swapped for local ones).
 */
class ImageEntrypointIT {
  @Test
  void shouldServeAndLeaveWithTheImagesCommandAndEnvironment() throws Exception {
    // given
    final String dockerfile = DeployFiles.read("docker/Dockerfile");
    final List<String> command = new ArrayList<>();
    final Path jar = Path.of("target", "baton.jar").toAbsolutePath();
    for (String arg : DeployFiles.execForm(dockerfile, "ENTRYPOINT")) {
      command.add(arg.equals("/opt/baton/baton.jar") ? jar.toString() : arg);
    }
    command.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(DeployFiles.execForm(dockerfile, "CMD"));
    final Map<String, String> composeEnv =
        at(DeployFiles.yaml("docker/docker-compose.yml"), "services", "node1", "environment");
    final Path dir = Files.createTempDirectory("baton-image-");
    final int http = TestNodes.freeListenPort();
    final int remote = TestNodes.freeListenPort();
    final int management = TestNodes.freeListenPort();
    final ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(new File(dir.toFile(), "node.log"));
    final Map<String, String> env = pb.environment();
    env.putAll(composeEnv);
    env.put("BATON_DB_URL", "jdbc:h2:file:" + dir.resolve("baton") + ";WRITE_DELAY=0");
    env.put("BATON_DB_USER", "sa");
    env.put("BATON_DB_PASSWORD", "");
    env.put("BATON_HOSTNAME", "127.0.0.1");
    env.put("BATON_SEED_NODES", "127.0.0.1:" + remote);
    env.put("BATON_REMOTE_PORT", String.valueOf(remote));
    env.put("BATON_HTTP_PORT", String.valueOf(http));
    env.put("BATON_GRPC_PORT", String.valueOf(TestNodes.freeListenPort()));
    env.put("BATON_MANAGEMENT_PORT", String.valueOf(management));
    env.put("BATON_MANAGEMENT_BIND_HOSTNAME", "127.0.0.1");

    // when
    final Process node = pb.start();
    try {
      // then: ready through its seed-node list (itself), answering the AWS API
      await()
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofMillis(250))
          .until(
              () -> !node.isAlive() || status("http://127.0.0.1:" + management + "/ready") == 200);
      assertThat(node.isAlive()).as(Files.readString(dir.resolve("node.log"))).isTrue();
      assertThat(status("http://127.0.0.1:" + management + "/alive")).isEqualTo(200);
      assertThat(Files.readString(dir.resolve("node.log")))
          .contains("cluster address akka://baton@127.0.0.1:" + remote);

      // and: SIGTERM (docker stop) leaves and exits
      node.destroy();
      assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      node.destroyForcibly();
    }
  }

  private static int status(String url) {
    try {
      final HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
      c.setConnectTimeout(500);
      c.setReadTimeout(2000);
      return c.getResponseCode();
    } catch (IOException e) {
      return -1;
    }
  }
}
