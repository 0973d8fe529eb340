package io.baton.node.grpc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds a python3 that can import grpc and grpc_tools, to run the Python client script: {@code
 * BATON_PYTHON} if set, else the one on the PATH, else Debian's /usr/bin/python3 (which has them
 * after {@code apt-get install python3-grpc-tools}).
 */
final class PythonGrpc {
  /** The Python client, relative to the cluster-node module the tests run in. */
  static final Path WATCH_SCRIPT =
      Path.of("..", "client", "src", "test", "python", "watch_execution.py");

  private PythonGrpc() {}

  static Optional<String> find() throws InterruptedException {
    final List<String> candidates = new ArrayList<>();
    Optional.ofNullable(System.getenv("BATON_PYTHON")).ifPresent(candidates::add);
    candidates.add("python3");
    candidates.add("/usr/bin/python3");
    for (String candidate : candidates) {
      try {
        final Process probe =
            new ProcessBuilder(candidate, "-c", "import grpc, grpc_tools.protoc")
                .redirectErrorStream(true)
                .start();
        if (probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0) {
          return Optional.of(candidate);
        }
        probe.destroyForcibly();
      } catch (IOException e) {
        // not installed under this name: try the next one
      }
    }
    return Optional.empty();
  }
}
