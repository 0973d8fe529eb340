package io.baton.node.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/local/cluster.sh} starts a two-node cluster on an H2 TCP server (the zero-setup
 * demo), both nodes serve the same executions, and {@code stop} ends every process; and it holds
 * nodes to a CPU limit of their own, as the scaling benchmark uses it.
 */
class LocalClusterScriptIT {
  private static final String MACHINE =
      "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":1,\"Next\":\"P\"},"
          + "\"P\":{\"Type\":\"Pass\",\"Result\":\"done\",\"End\":true}}}";

  @Test
  void shouldStartServeAndStopATwoNodeClusterOnH2() throws Exception {
    // given
    final int base = freeBase();
    final Path dir = Files.createTempDirectory("baton-local-");
    try {
      // when
      final String started = script(base, dir, "start", "2", "--h2");

      // then
      assertThat(started).contains("http://127.0.0.1:" + base, "http://127.0.0.1:" + (base + 10));
      assertThat(started.lines().filter(l -> l.matches("^[12] +\\d+ +yes .*"))).hasSize(2);
      final String machine =
          call(
                  base,
                  "CreateStateMachine",
                  "{\"name\":\"local\",\"roleArn\":\"arn:aws:iam::123456789012:role/r\","
                      + "\"definition\":"
                      + quote(MACHINE)
                      + "}")
              .replaceAll(".*\"stateMachineArn\":\"([^\"]+)\".*", "$1");
      final String execution =
          call(base + 10, "StartExecution", "{\"stateMachineArn\":\"" + machine + "\"}")
              .replaceAll(".*\"executionArn\":\"([^\"]+)\".*", "$1");
      Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  call(base, "DescribeExecution", "{\"executionArn\":\"" + execution + "\"}")
                      .contains("\"status\":\"SUCCEEDED\""));
      assertThat(script(base, dir, "status")).contains("H2 TCP server: 127.0.0.1:" + (base - 1));
    } finally {
      // and
      assertThat(script(base, dir, "stop")).contains("Stopped.");
    }
    assertThat(script(base, dir, "status")).doesNotContain(" yes ");
    assertThat(dir.resolve("node1.pid")).doesNotExist();
  }

  @Test
  void shouldHoldANodeToItsCpuLimitAndChangeItWhileItRuns() throws Exception {
    // given
    final Path cgroups = cpuCgroups();
    Assumptions.assumeTrue(
        cgroups != null && Files.isWritable(cgroups),
        "a writable cgroup CPU controller (root on a machine that mounts one)");
    final int base = freeBase();
    final Path dir = Files.createTempDirectory("baton-local-");
    final Path group = cgroups.resolve("baton-node-" + (base + 2));
    try {
      // when
      script(base, dir, Map.of("BATON_LOCAL_NODE_CPUS", "0.5"), "start", "1", "--h2");

      // then
      final String pid = Files.readString(dir.resolve("node1.pid")).trim();
      assertThat(Files.readString(Path.of("/proc", pid, "cgroup")))
          .contains(":/baton-node-" + (base + 2));
      assertThat(quota(group)).isEqualTo(5_000);

      // when
      assertThat(script(base, dir, "cpus", "0.3")).contains("node 1: 0.3 cores");

      // then
      assertThat(quota(group)).isEqualTo(3_000);
    } finally {
      // and
      assertThat(script(base, dir, "stop")).contains("Stopped.");
    }
    assertThat(group).doesNotExist();
  }

  /** The cgroup directory whose children limit CPU (v2 with the cpu controller, or v1's cpu). */
  private static Path cpuCgroups() throws IOException {
    final Path v2 = Path.of("/sys/fs/cgroup");
    final Path controllers = v2.resolve("cgroup.controllers");
    if (Files.exists(controllers) && Files.readString(controllers).contains("cpu")) {
      return v2;
    }
    final Path v1 = v2.resolve("cpu");
    return Files.isDirectory(v1) ? v1 : null;
  }

  /** The CPU time a group may use per 10 ms period, in microseconds. */
  private static int quota(Path group) throws IOException {
    final Path max = group.resolve("cpu.max");
    final String value =
        Files.exists(max)
            ? Files.readString(max).trim().split(" ")[0]
            : Files.readString(group.resolve("cpu.cfs_quota_us")).trim();
    return Integer.parseInt(value);
  }

  private static String script(int base, Path dir, String... args) throws Exception {
    return script(base, dir, Map.of(), args);
  }

  private static String script(int base, Path dir, Map<String, String> extraEnv, String... args)
      throws Exception {
    final var cmd = new java.util.ArrayList<String>();
    cmd.add(DeployFiles.root().resolve("local/cluster.sh").toString());
    cmd.addAll(java.util.List.of(args));
    final ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    final Map<String, String> env = pb.environment();
    env.put("BATON_LOCAL_PORT_BASE", String.valueOf(base));
    env.put("BATON_LOCAL_DIR", dir.toString());
    env.put("BATON_JAR", Path.of("target", "baton.jar").toAbsolutePath().toString());
    env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    env.putAll(extraEnv);
    final Process p = pb.start();
    final String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  private static String call(int port, String action, String body) throws Exception {
    final HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                    .header("Content-Type", "application/x-amz-json-1.0")
                    .header("X-Amz-Target", "AWSStepFunctions." + action)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body();
  }

  private static String quote(String json) {
    return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** A port P such that P-1 and P..P+13 (two nodes' four ports each, ten apart) are free. */
  private static int freeBase() {
    for (int attempt = 0; attempt < 50; attempt++) {
      final int base = ThreadLocalRandom.current().nextInt(20_000, 40_000);
      if (free(base - 1)
          && free(base)
          && free(base + 1)
          && free(base + 2)
          && free(base + 3)
          && free(base + 10)
          && free(base + 11)
          && free(base + 12)
          && free(base + 13)) {
        return base;
      }
    }
    throw new IllegalStateException("Expected to find free ports for the local cluster");
  }

  private static boolean free(int port) {
    try (ServerSocket s = new ServerSocket(port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
