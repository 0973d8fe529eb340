package io.baton.node.testing;

import io.baton.node.bootstrap.BatonNode;
import io.baton.node.bootstrap.NodeConfig;
import io.baton.node.bootstrap.RunningNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/** Starts real nodes in this JVM on free ports, against a {@link TestDatabase}. */
public final class TestNodes {
  private static final java.util.Set<Integer> HANDED_OUT =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  private TestNodes() {}

  /**
   * A free port below Linux's ephemeral range (32768+), for a process started later: a port the OS
   * picked from that range may be taken as the source port of an outgoing connection meanwhile.
   */
  public static int freeListenPort() throws IOException {
    for (int attempt = 0; attempt < 100; attempt++) {
      final int port = java.util.concurrent.ThreadLocalRandom.current().nextInt(15_000, 32_000);
      // A port handed out before is free until its process binds it: never hand it out twice.
      if (!HANDED_OUT.add(port)) {
        continue;
      }
      try (ServerSocket s = new ServerSocket(port)) {
        return port;
      } catch (IOException e) {
        // Taken: try another.
      }
    }
    return freePort();
  }

  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  public static Map<String, Object> settings(TestDatabase db) throws IOException {
    final Map<String, Object> c = new HashMap<>();
    c.put("baton.database.url", db.url());
    c.put("baton.database.user", db.user());
    c.put("baton.database.password", "");
    c.put("baton.http.host", "127.0.0.1");
    c.put("baton.http.port", freeListenPort());
    c.put("baton.grpc.port", freeListenPort());
    c.put("akka.remote.artery.canonical.port", freeListenPort());
    c.put("akka.management.http.port", freeListenPort());
    // Nodes in the test JVM share it: a long GC pause there must not halt the whole test run.
    c.put("baton.cluster.pause-limit", "off");
    return c;
  }

  public static RunningNode start(Map<String, Object> settings) throws Exception {
    return BatonNode.start(NodeConfig.load(settings));
  }
}
