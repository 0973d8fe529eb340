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
  private final int managementPort;
  private final List<String> properties = new ArrayList<>();
  private Process process;

  NodeProcess(TestDatabase db) throws IOException {
    this(db, TestNodes.freeListenPort());
  }

  /** A node whose remoting listens on {@code remotePort} (to name it in seed-node lists). */
  NodeProcess(TestDatabase db, int remotePort) throws IOException {
    this.db = db;
    this.workDir = Files.createTempDirectory("baton-node-");
    this.httpPort = TestNodes.freeListenPort();
    this.grpcPort = TestNodes.freeListenPort();
    this.remotePort = remotePort;
    this.managementPort = TestNodes.freeListenPort();
  }

  /** Adds {@code -Dkey=value} to the command line of the next start. */
  NodeProcess withProperty(String key, Object value) {
    properties.add("-D" + key + "=" + value);
    return this;
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

  int remotePort() {
    return remotePort;
  }

  String managementUrl() {
    return "http://127.0.0.1:" + managementPort;
  }

  Path log() {
    return workDir.resolve("node.log");
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process != null && process.isAlive();
  }

  void start() throws Exception {
    launch();
    awaitAnswering();
  }

  /** Starts the JVM without waiting for it, so several nodes can boot side by side. */
  void launch() throws IOException {
    final List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.add("-Dbaton.database.url=" + db.url());
    cmd.add("-Dbaton.database.user=" + db.user());
    cmd.add("-Dbaton.http.host=127.0.0.1");
    cmd.add("-Dbaton.http.port=" + httpPort);
    cmd.add("-Dbaton.grpc.port=" + grpcPort);
    cmd.add("-Dakka.remote.artery.canonical.port=" + remotePort);
    cmd.add("-Dakka.management.http.port=" + managementPort);
    cmd.addAll(properties);
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
  }

  /** Waits until the AWS API answers (the node started; it may not be a cluster member yet). */
  void awaitAnswering() throws IOException {
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

  /** Waits until {@code /ready} answers 200: the member is Up and its gateways listen. */
  void awaitReady(Duration atMost) {
    org.awaitility.Awaitility.await()
        .atMost(atMost)
        .pollInterval(Duration.ofMillis(250))
        .until(() -> get(managementUrl() + "/ready") == 200);
  }

  /** The status of a GET, or -1 when the node does not answer. */
  static int get(String url) {
    try {
      final HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
      c.setConnectTimeout(500);
      c.setReadTimeout(2000);
      return c.getResponseCode();
    } catch (IOException e) {
      return -1;
    }
  }

  /** The body of a GET on the management port. */
  String management(String path) throws IOException {
    final HttpURLConnection c =
        (HttpURLConnection) URI.create(managementUrl() + path).toURL().openConnection();
    c.setConnectTimeout(500);
    c.setReadTimeout(5000);
    try (var in = c.getInputStream()) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** SIGTERM: the node leaves the cluster gracefully; returns its exit code. */
  int terminate(Duration atMost) throws Exception {
    process.destroy();
    if (!process.waitFor(atMost.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException(
          "Expected the node to exit within " + atMost + " of SIGTERM; log: " + log());
    }
    return process.exitValue();
  }

  /** SIGKILL: no shutdown hooks, no flushing, as a crash. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** SIGSTOP: the process is frozen, as if cut off from the network, until {@link #resume()}. */
  void pause() throws Exception {
    signal("STOP");
  }

  /** SIGCONT: a frozen process runs on from where it stopped. */
  void resume() throws Exception {
    signal("CONT");
  }

  private void signal(String name) throws Exception {
    // The shell's own kill: no procps needed on a minimal machine.
    final Process kill =
        new ProcessBuilder("sh", "-c", "kill -" + name + " " + pid()).inheritIO().start();
    if (kill.waitFor() != 0) {
      throw new IllegalStateException("Expected kill -" + name + " " + pid() + " to succeed");
    }
  }

  /** Waits up to {@code atMost} for the process to exit on its own; its exit code, if it did. */
  java.util.OptionalInt awaitExit(Duration atMost) throws InterruptedException {
    if (!process.waitFor(atMost.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
      return java.util.OptionalInt.empty();
    }
    return java.util.OptionalInt.of(process.exitValue());
  }

  /** The node's cluster address, as Akka writes it in logs and membership. */
  String address() {
    return "akka://baton@127.0.0.1:" + remotePort;
  }

  @Override
  public void close() throws Exception {
    if (process != null && process.isAlive()) {
      process.destroy();
      process.waitFor();
    }
  }
}
