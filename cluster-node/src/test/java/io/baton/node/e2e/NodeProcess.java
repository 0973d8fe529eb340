package io.baton.node.e2e;

import io.baton.node.testing.TestDatabase;
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

/**
 * A real {@code baton serve} JVM, started from the shaded jar the build just made, that a test can
 * kill with SIGKILL and start again on the same database.
 */
final class NodeProcess implements AutoCloseable {
  private final TestDatabase db;
  private final Path workDir;
  private final int httpPort;
  private final int grpcPort;
  private final int remotePort;
  private Process process;

  NodeProcess(TestDatabase db) throws IOException {
    this.db = db;
    this.workDir = Files.createTempDirectory("baton-node-");
    this.httpPort = TestNodes.freePort();
    this.grpcPort = TestNodes.freePort();
    this.remotePort = TestNodes.freePort();
  }

  static Path jar() {
    final Path jar = Path.of("target", "baton.jar").toAbsolutePath();
    if (!Files.exists(jar)) {
      throw new IllegalStateException(
          "Expected the shaded node jar at " + jar + " (run mvn verify)");
    }
    return jar;
  }

  String endpoint() {
    return "http://127.0.0.1:" + httpPort;
  }

  int grpcPort() {
    return grpcPort;
  }

  void start() throws Exception {
    final List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.add("-Dbaton.database.url=" + db.url());
    cmd.add("-Dbaton.database.user=" + db.user());
    cmd.add("-Dbaton.http.host=127.0.0.1");
    cmd.add("-Dbaton.http.port=" + httpPort);
    cmd.add("-Dbaton.grpc.port=" + grpcPort);
    cmd.add("-Dakka.remote.artery.canonical.port=" + remotePort);
    cmd.add("-jar");
    cmd.add(jar().toString());
    cmd.add("serve");
    process =
        new ProcessBuilder(cmd)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(new File(workDir.toFile(), "node.log")))
            .start();
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> !process.isAlive() || answers());
    if (!process.isAlive()) {
      throw new IllegalStateException(
          "The node exited: " + Files.readString(workDir.resolve("node.log")));
    }
  }

  private boolean answers() {
    try {
      final HttpURLConnection c =
          (HttpURLConnection) URI.create(endpoint() + "/").toURL().openConnection();
      c.setConnectTimeout(200);
      c.setReadTimeout(1000);
      c.setRequestMethod("POST");
      c.setDoOutput(true);
      c.setRequestProperty("Content-Type", "application/x-amz-json-1.0");
      c.setRequestProperty("X-Amz-Target", "AWSStepFunctions.ListStateMachines");
      c.getOutputStream().write("{}".getBytes());
      return c.getResponseCode() == 200;
    } catch (IOException e) {
      return false;
    }
  }

  /** SIGKILL: no shutdown hooks, no flushing, as a crash. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws Exception {
    if (process != null && process.isAlive()) {
      process.destroy();
      process.waitFor();
    }
  }
}
