package io.baton.node.testing;

import io.baton.node.bootstrap.RunningNode;
import java.util.Map;

/**
 * The node an end-to-end test talks to over gRPC: a real node started in this JVM on free ports
 * with the embedded H2 store, or, when {@code -Dbaton.it.endpoint=HOST:PORT} is set and the test
 * allows it, a running deployment.
 */
public final class NodeUnderTest implements AutoCloseable {
  public static final String EXTERNAL_ENDPOINT = "baton.it.endpoint";

  private final String endpoint;
  private final TestDatabase db;
  private final RunningNode node;

  private NodeUnderTest(String endpoint, TestDatabase db, RunningNode node) {
    this.endpoint = endpoint;
    this.db = db;
    this.node = node;
  }

  /** The deployment named by {@value #EXTERNAL_ENDPOINT}, else a new node in this JVM. */
  public static NodeUnderTest start() {
    final String external = System.getProperty(EXTERNAL_ENDPOINT);
    return external != null ? new NodeUnderTest(external, null, null) : startInProcess();
  }

  /** A new node in this JVM, whatever {@value #EXTERNAL_ENDPOINT} says. */
  public static NodeUnderTest startInProcess() {
    TestDatabase db = null;
    try {
      db = TestDatabase.create(TestDatabase.Kind.H2);
      final Map<String, Object> settings = TestNodes.settings(db);
      final RunningNode node = TestNodes.start(settings);
      return new NodeUnderTest("127.0.0.1:" + settings.get("baton.grpc.port"), db, node);
    } catch (Exception e) {
      if (db != null) {
        db.close();
      }
      throw new IllegalStateException("Expected to start a node for the test, but it failed", e);
    }
  }

  /** The gRPC endpoint, {@code HOST:PORT}. */
  public String endpoint() {
    return endpoint;
  }

  @Override
  public void close() {
    if (node != null) {
      node.close();
    }
    if (db != null) {
      db.close();
    }
  }
}
